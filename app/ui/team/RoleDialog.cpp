#include "team/RoleDialog.h"

#include "common/Language.h"
#include "team/RoleCatalogue.h"
#include "team/TeamEditCommand.h"
#include "team/TeamRepository.h"
#include "workspace/WorkspaceSession.h"

#include "ui_RoleDialog.h"

#include <QHeaderView>
#include <QPushButton>
#include <QSpinBox>

namespace csirtkit {

RoleDialog::RoleDialog(WorkspaceSession *session, const EffectiveRole &role, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<::Ui::RoleDialog>()), m_session(session), m_role(role)
{
    m_ui->setupUi(this);
    m_ui->errorLabel->setStyleSheet(QStringLiteral("color: #d93025; font-weight: bold;"));
    m_ui->errorLabel->hide();
    const QString language = Language::current();
    for (const RoleGroup &g : RoleCatalogue::instance().groups())
        m_ui->groupComboBox->addItem(g.title.in(language), g.key);
    m_ui->nameEnLineEdit->setText(role.title.en);
    m_ui->nameJaLineEdit->setText(role.title.ja);
    m_ui->groupComboBox->setCurrentIndex(std::max(0, m_ui->groupComboBox->findData(role.group)));
    m_ui->loadSpinBox->setValue(role.load);
    m_ui->minimalCheckBox->setChecked(role.minimal);
    m_ui->hiddenCheckBox->setChecked(role.hidden);
    m_ui->dutiesEnPlainTextEdit->setPlainText(role.duties.en);
    m_ui->dutiesJaPlainTextEdit->setPlainText(role.duties.ja);
    const auto &skills = RoleCatalogue::instance().skills();
    QTableWidget *table = m_ui->skillsTableWidget;
    table->setColumnCount(2);
    table->setHorizontalHeaderLabels({ tr("Skill"), tr("Level") });
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    table->setRowCount(int(skills.size()));
    for (int r = 0; r < skills.size(); ++r) {
        auto *name = new QTableWidgetItem(skills.at(r).title.in(language));
        name->setData(Qt::UserRole, skills.at(r).key);
        name->setFlags(name->flags() & ~Qt::ItemIsEditable);
        table->setItem(r, 0, name);
        auto *level = new QSpinBox(table);
        level->setRange(0, 3);
        level->setValue(role.skills.value(skills.at(r).key));
        level->setAccessibleName(skills.at(r).title.in(language));
        table->setCellWidget(r, 1, level);
    }
    setWindowTitle(role.key.isEmpty() ? tr("Add Role") : tr("Edit %1").arg(role.title.in(language)));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &RoleDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &RoleDialog::reject);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(!session->isReadOnly());
}

RoleDialog::~RoleDialog() = default;

EffectiveRole RoleDialog::role() const
{
    EffectiveRole r = m_role;
    r.title = { m_ui->nameEnLineEdit->text().trimmed(), m_ui->nameJaLineEdit->text().trimmed() };
    r.duties = { m_ui->dutiesEnPlainTextEdit->toPlainText(), m_ui->dutiesJaPlainTextEdit->toPlainText() };
    r.group = m_ui->groupComboBox->currentData().toString();
    r.load = m_ui->loadSpinBox->value();
    r.minimal = m_ui->minimalCheckBox->isChecked();
    r.hidden = m_ui->hiddenCheckBox->isChecked();
    r.skills.clear();
    for (int row = 0; row < m_ui->skillsTableWidget->rowCount(); ++row)
        if (const auto *level = qobject_cast<QSpinBox *>(m_ui->skillsTableWidget->cellWidget(row, 1)); level && level->value() > 0)
            r.skills.insert(m_ui->skillsTableWidget->item(row, 0)->data(Qt::UserRole).toString(), level->value());
    return r;
}

void RoleDialog::setSkill(const QString &skill, int level)
{
    for (int row = 0; row < m_ui->skillsTableWidget->rowCount(); ++row)
        if (m_ui->skillsTableWidget->item(row, 0)->data(Qt::UserRole).toString() == skill)
            qobject_cast<QSpinBox *>(m_ui->skillsTableWidget->cellWidget(row, 1))->setValue(level);
}

void RoleDialog::setNames(const QString &english, const QString &japanese)
{
    m_ui->nameEnLineEdit->setText(english);
    m_ui->nameJaLineEdit->setText(japanese);
}

bool RoleDialog::save()
{
    TeamRepository repo(m_session->workspace());
    const EffectiveRole r = role();
    auto done = TeamEditCommand::run(m_session, r.key.isEmpty() ? tr("Add role") : tr("Edit role"), [&]() -> Result<void> {
        if (!r.key.isEmpty())
            return repo.saveRole(r);
        auto key = repo.addRole(r);
        if (!key)
            return key.error();
        m_role.key = *key;
        return {};
    });
    m_ui->errorLabel->setText(done ? QString() : done.error().message);
    m_ui->errorLabel->setVisible(!done);
    return done.ok();
}

void RoleDialog::accept()
{
    if (save())
        QDialog::accept();
}

QString RoleDialog::errorText() const
{
    return m_ui->errorLabel->isVisibleTo(this) ? m_ui->errorLabel->text() : QString();
}

} // namespace csirtkit
