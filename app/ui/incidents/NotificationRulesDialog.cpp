#include "incidents/NotificationRulesDialog.h"

#include "ui_NotificationRulesDialog.h"

#include "common/Language.h"
#include "common/MessageBox.h"
#include "incidents/NotificationRules.h"
#include "workspace/WorkspaceSession.h"

#include <QHeaderView>
#include <QPushButton>

namespace csirtkit {

NotificationRulesDialog::NotificationRulesDialog(WorkspaceSession *session, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::NotificationRulesDialog>()), m_session(session)
{
    m_ui->setupUi(this);
    QHeaderView *columns = m_ui->obligationsTableWidget->horizontalHeader();
    columns->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int c = 1; c < 4; ++c)
        columns->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    QPushButton *add = m_ui->buttonBox->addButton(tr("&Add Rule"), QDialogButtonBox::ActionRole);
    add->setObjectName(QStringLiteral("addRuleButton"));
    add->setEnabled(!session->isReadOnly());
    connect(add, &QPushButton::clicked, this, &NotificationRulesDialog::addRule);
    connect(m_ui->removeRuleButton, &QPushButton::clicked, this, &NotificationRulesDialog::removeRule);
    connect(m_ui->rulesListWidget, &QListWidget::currentRowChanged, this, [this](int row) {
        m_ui->removeRuleButton->setEnabled(row >= 0 && m_ui->rulesListWidget->item(row)->data(Qt::UserRole + 1).toBool()
                                           && !m_session->isReadOnly());
    });
    reload();
}

NotificationRulesDialog::~NotificationRulesDialog() = default;

void NotificationRulesDialog::reload()
{
    m_ui->rulesListWidget->clear();
    auto rules = NotificationRules(m_session->workspace()).all();
    if (!rules)
        return;
    const QString language = Language::current();
    for (const NotificationRule &rule : std::as_const(*rules)) {
        auto *item = new QListWidgetItem(rule.shipped ? tr("%1 (shipped)").arg(rule.title.in(language))
                                                      : rule.title.in(language), m_ui->rulesListWidget);
        item->setData(Qt::UserRole, rule.key);
        item->setData(Qt::UserRole + 1, !rule.shipped);
    }
    m_ui->removeRuleButton->setEnabled(false);
}

bool NotificationRulesDialog::addRule()
{
    NotificationRule rule;
    rule.title = { m_ui->ruleTitleEnLineEdit->text().trimmed(), m_ui->ruleTitleJaLineEdit->text().trimmed() };
    // The key is made from the title: nobody should have to invent an identifier.
    QStringList taken;
    if (auto all = NotificationRules(m_session->workspace()).all())
        for (const NotificationRule &r : std::as_const(*all))
            taken << r.key;
    rule.key = NotificationRules::keyFor(rule.title.en.isEmpty() ? rule.title.ja : rule.title.en, taken);
    rule.authority = { m_ui->ruleAuthorityLineEdit->text().trimmed(), m_ui->ruleAuthorityLineEdit->text().trimmed() };
    rule.shipped = false;
    for (int row = 0; row < m_ui->obligationsTableWidget->rowCount(); ++row) {
        auto text = [this, row](int column) {
            QTableWidgetItem *item = m_ui->obligationsTableWidget->item(row, column);
            return item ? item->text().trimmed() : QString();
        };
        if (text(0).isEmpty())
            continue;
        NotificationObligation o;
        o.key = QStringLiteral("step_%1").arg(row + 1);
        o.title = { text(0), text(0) };
        bool ok1 = true, ok2 = true, ok3 = true;
        o.hours = text(1).isEmpty() ? 0 : text(1).toInt(&ok1);
        o.days = text(2).isEmpty() ? 0 : text(2).toInt(&ok2);
        o.months = text(3).isEmpty() ? 0 : text(3).toInt(&ok3);
        if (!ok1 || !ok2 || !ok3) {
            MessageBox::critical(this, windowTitle(), tr("Row %1: hours, days and months are whole numbers.").arg(row + 1));
            return false;
        }
        rule.obligations << o;
    }
    auto saved = NotificationRules(m_session->workspace()).save(rule);
    if (!saved) {
        MessageBox::critical(this, windowTitle(), saved.error().message);
        return false;
    }
    m_session->notifyChanged(QStringLiteral("notification_rule"));
    for (QLineEdit *edit : { m_ui->ruleTitleEnLineEdit, m_ui->ruleTitleJaLineEdit, m_ui->ruleAuthorityLineEdit })
        edit->clear();
    m_ui->obligationsTableWidget->clearContents();
    reload();
    return true;
}

void NotificationRulesDialog::removeRule()
{
    QListWidgetItem *item = m_ui->rulesListWidget->currentItem();
    if (!item)
        return;
    auto removed = NotificationRules(m_session->workspace()).remove(item->data(Qt::UserRole).toString());
    if (!removed) {
        MessageBox::critical(this, windowTitle(), removed.error().message);
        return;
    }
    m_session->notifyChanged(QStringLiteral("notification_rule"));
    reload();
}

} // namespace csirtkit
