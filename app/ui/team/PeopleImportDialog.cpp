#include "team/PeopleImportDialog.h"

#include "common/MessageBox.h"
#include "team/PeopleRepository.h"
#include "team/TeamEditCommand.h"
#include "workspace/WorkspaceSession.h"

#include "ui_PeopleImportDialog.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QPushButton>
#include <QSet>

namespace csirtkit {

PeopleImportDialog::PeopleImportDialog(WorkspaceSession *session, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<::Ui::PeopleImportDialog>()), m_session(session)
{
    m_ui->setupUi(this);
    m_import = m_ui->buttonBox->addButton(tr("Import"), QDialogButtonBox::AcceptRole);
    m_import->setObjectName(QStringLiteral("importPushButton"));
    m_import->setEnabled(false);
    m_ui->mappingTableWidget->setColumnCount(3);
    m_ui->mappingTableWidget->setHorizontalHeaderLabels({ tr("Column"), tr("First value"), tr("Field") });
    m_ui->mappingTableWidget->verticalHeader()->hide();
    m_ui->mappingTableWidget->horizontalHeader()->setStretchLastSection(true);
    m_ui->mappingTableWidget->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    connect(m_import, &QPushButton::clicked, this, [this] {
        if (import())
            accept();
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &PeopleImportDialog::reject);
}

PeopleImportDialog::~PeopleImportDialog() = default;

bool PeopleImportDialog::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        MessageBox::critical(this, tr("Import People"), tr("“%1” cannot be read: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    auto table = PeopleCsv::read(file.readAll());
    if (!table) {
        MessageBox::critical(this, tr("Import People"), table.error().message);
        return false;
    }
    m_table = *table;
    m_ui->fileLabel->setText(tr("%1: %n row(s) of people.", nullptr, int(m_table.rows.size())).arg(QDir::toNativeSeparators(path)));
    const QHash<int, QString> guessed = PeopleCsv::guess(m_table.headers);
    QTableWidget *mapping = m_ui->mappingTableWidget;
    mapping->setRowCount(int(m_table.headers.size()));
    for (int c = 0; c < m_table.headers.size(); ++c) {
        mapping->setItem(c, 0, new QTableWidgetItem(m_table.headers.at(c)));
        mapping->setItem(c, 1, new QTableWidgetItem(m_table.rows.isEmpty() ? QString() : m_table.rows.first().value(c)));
        auto *field = new QComboBox(mapping);
        field->addItem(tr("Leave out"), QString());
        for (const QString &key : PeopleCsv::fields())
            field->addItem(PeopleCsv::fieldTitle(key), key);
        field->setCurrentIndex(std::max(0, field->findData(guessed.value(c))));
        connect(field, &QComboBox::currentIndexChanged, this, &PeopleImportDialog::check);
        mapping->setCellWidget(c, 2, field);
    }
    check();
    return true;
}

void PeopleImportDialog::setMapping(int column, const QString &field)
{
    if (auto *combo = qobject_cast<QComboBox *>(m_ui->mappingTableWidget->cellWidget(column, 2)))
        combo->setCurrentIndex(std::max(0, combo->findData(field)));
}

void PeopleImportDialog::check()
{
    QHash<int, QString> mapping;
    for (int c = 0; c < m_ui->mappingTableWidget->rowCount(); ++c)
        if (auto *combo = qobject_cast<QComboBox *>(m_ui->mappingTableWidget->cellWidget(c, 2)); combo && !combo->currentData().toString().isEmpty())
            mapping.insert(c, combo->currentData().toString());
    QSet<QString> emails;
    if (auto people = PeopleRepository(m_session->workspace()).people())
        for (const Person &p : std::as_const(*people))
            if (!p.email.isEmpty())
                emails.insert(p.email.toLower());
    QList<PeopleCsv::Problem> problems;
    m_people = PeopleCsv::people(m_table, mapping, emails, &problems);
    m_ui->problemsListWidget->clear();
    for (const PeopleCsv::Problem &p : std::as_const(problems))
        m_ui->problemsListWidget->addItem(p.row ? tr("Row %1: %2").arg(p.row).arg(p.message) : p.message);
    if (problems.isEmpty())
        m_ui->problemsListWidget->addItem(tr("No problems: %n person/people will be added.", nullptr, int(m_people.size())));
    m_ui->problemsListWidget->setStyleSheet(problems.isEmpty() ? QString() : QStringLiteral("color: #d93025;"));
    m_import->setEnabled(problems.isEmpty() && !m_session->isReadOnly());
}

QStringList PeopleImportDialog::problems() const
{
    QStringList list;
    if (m_import->isEnabled())
        return list;
    for (int i = 0; i < m_ui->problemsListWidget->count(); ++i)
        list << m_ui->problemsListWidget->item(i)->text();
    return list;
}

bool PeopleImportDialog::import()
{
    if (!m_import->isEnabled())
        return false;
    PeopleRepository repo(m_session->workspace());
    auto done = TeamEditCommand::run(m_session, tr("Import people"), [&]() -> Result<void> {
        auto added = repo.addAll(m_people);
        if (!added)
            return added.error();
        m_imported = *added;
        return {};
    });
    if (!done) {
        MessageBox::critical(this, tr("Import People"), done.error().message);
        return false;
    }
    return true;
}

} // namespace csirtkit
