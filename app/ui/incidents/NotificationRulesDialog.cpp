#include "incidents/NotificationRulesDialog.h"

#include "common/Language.h"
#include "common/MessageBox.h"
#include "incidents/NotificationRules.h"
#include "workspace/WorkspaceSession.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace csirtkit {

NotificationRulesDialog::NotificationRulesDialog(WorkspaceSession *session, QWidget *parent)
    : QDialog(parent), m_session(session), m_rules(new QListWidget(this)), m_remove(new QPushButton(tr("&Remove Rule"), this)),
      m_key(new QLineEdit(this)), m_titleEn(new QLineEdit(this)), m_titleJa(new QLineEdit(this)), m_authority(new QLineEdit(this)),
      m_obligations(new QTableWidget(3, 4, this))
{
    setObjectName(QStringLiteral("notificationRulesDialog"));
    setWindowTitle(tr("Notification Rules"));
    m_rules->setObjectName(QStringLiteral("rulesListWidget"));
    m_remove->setObjectName(QStringLiteral("removeRuleButton"));
    m_key->setObjectName(QStringLiteral("ruleKeyLineEdit"));
    m_key->setPlaceholderText(tr("e.g. customer_contract (lower-case letters, digits, _)"));
    m_titleEn->setObjectName(QStringLiteral("ruleTitleEnLineEdit"));
    m_titleJa->setObjectName(QStringLiteral("ruleTitleJaLineEdit"));
    m_authority->setObjectName(QStringLiteral("ruleAuthorityLineEdit"));
    m_authority->setPlaceholderText(tr("Who is notified, e.g. the customer's security contact"));
    m_obligations->setObjectName(QStringLiteral("obligationsTableWidget"));
    m_obligations->setHorizontalHeaderLabels({ tr("Obligation"), tr("Hours"), tr("Days"), tr("Months") });
    m_obligations->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_obligations->verticalHeader()->hide();
    m_obligations->setMaximumHeight(130);

    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("The shipped rules follow the law as summarised in CSIRT Kit; check them with your legal "
                                "adviser. Add your own rules, e.g. a contract's customer notice."), this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addWidget(m_rules);
    layout->addWidget(m_remove, 0, Qt::AlignRight);
    auto *form = new QFormLayout;
    form->addRow(tr("Key:"), m_key);
    form->addRow(tr("Title (English):"), m_titleEn);
    form->addRow(tr("Title (Japanese):"), m_titleJa);
    form->addRow(tr("Authority:"), m_authority);
    form->addRow(tr("Obligations (deadline after becoming aware):"), m_obligations);
    layout->addLayout(form);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *add = buttons->addButton(tr("&Add Rule"), QDialogButtonBox::ActionRole);
    add->setObjectName(QStringLiteral("addRuleButton"));
    add->setEnabled(!session->isReadOnly());
    layout->addWidget(buttons);
    connect(add, &QPushButton::clicked, this, &NotificationRulesDialog::addRule);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_remove, &QPushButton::clicked, this, &NotificationRulesDialog::removeRule);
    connect(m_rules, &QListWidget::currentRowChanged, this, [this](int row) {
        m_remove->setEnabled(row >= 0 && m_rules->item(row)->data(Qt::UserRole + 1).toBool() && !m_session->isReadOnly());
    });
    reload();
    resize(620, 560);
}

NotificationRulesDialog::~NotificationRulesDialog() = default;

void NotificationRulesDialog::reload()
{
    m_rules->clear();
    auto rules = NotificationRules(m_session->workspace()).all();
    if (!rules)
        return;
    const QString language = Language::current();
    for (const NotificationRule &rule : std::as_const(*rules)) {
        auto *item = new QListWidgetItem(rule.shipped ? tr("%1 (shipped)").arg(rule.title.in(language))
                                                      : rule.title.in(language), m_rules);
        item->setData(Qt::UserRole, rule.key);
        item->setData(Qt::UserRole + 1, !rule.shipped);
    }
    m_remove->setEnabled(false);
}

bool NotificationRulesDialog::addRule()
{
    NotificationRule rule;
    rule.key = m_key->text().trimmed();
    rule.title = { m_titleEn->text().trimmed(), m_titleJa->text().trimmed() };
    rule.authority = { m_authority->text().trimmed(), m_authority->text().trimmed() };
    rule.shipped = false;
    for (int row = 0; row < m_obligations->rowCount(); ++row) {
        auto text = [this, row](int column) {
            QTableWidgetItem *item = m_obligations->item(row, column);
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
    for (QLineEdit *edit : { m_key, m_titleEn, m_titleJa, m_authority })
        edit->clear();
    m_obligations->clearContents();
    reload();
    return true;
}

void NotificationRulesDialog::removeRule()
{
    QListWidgetItem *item = m_rules->currentItem();
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
