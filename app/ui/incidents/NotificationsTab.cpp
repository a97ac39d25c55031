#include "incidents/NotificationsTab.h"

#include "incidents/DraftNoticeDialog.h"

#include "common/Config.h"
#include "common/FileDialog.h"
#include "common/Language.h"
#include "common/MessageBox.h"
#include "incidents/Communications.h"
#include "incidents/IncidentRepository.h"
#include "incidents/NotificationClocks.h"
#include "incidents/NotificationRulesDialog.h"
#include "workspace/WorkspaceSession.h"
#include "workspace/WorkspaceTimeZone.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QBuffer>
#include <QSaveFile>
#include <QTableWidget>
#include <QTextDocument>
#include <QTextDocumentWriter>
#include <QTimer>
#include <QVBoxLayout>

namespace csirtkit {

namespace {

enum Column { RuleColumn, ObligationColumn, DueColumn, CountdownColumn, SentColumn, ColumnCount };
constexpr int KeyRole = Qt::UserRole + 1;     // "rule/obligation"
constexpr int DueRole = Qt::UserRole + 2;     // QDateTime, UTC
constexpr int SentRole = Qt::UserRole + 3;    // bool

} // namespace

NotificationsTab::NotificationsTab(QWidget *parent) : RecordTab(parent)
{
    buildUi();
    retranslate();
}

NotificationsTab::~NotificationsTab() = default;

void NotificationsTab::buildUi()
{
    auto *layout = new QVBoxLayout(this);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);
    auto *awareRow = new QHBoxLayout;
    m_awareLabel = new QLabel(this);
    m_aware = new QLineEdit(this);
    m_aware->setObjectName(QStringLiteral("awareLineEdit"));
    m_aware->setMaximumWidth(200);
    m_awareLabel->setBuddy(m_aware);
    awareRow->addWidget(m_awareLabel);
    awareRow->addWidget(m_aware);
    awareRow->addStretch(1);
    m_manageRules = new QPushButton(this);
    m_manageRules->setObjectName(QStringLiteral("manageRulesButton"));
    awareRow->addWidget(m_manageRules);
    connect(m_manageRules, &QPushButton::clicked, this, [this] {
        if (!m_session)
            return;
        auto *dialog = new NotificationRulesDialog(m_session, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::finished, this, [this] { reload(); });
        dialog->open();
    });
    layout->addLayout(awareRow);
    m_rules = new QListWidget(this);
    m_rules->setObjectName(QStringLiteral("notificationRulesListWidget"));
    m_rules->setMaximumHeight(120);
    layout->addWidget(m_rules);
    m_deadlines = new QTableWidget(0, ColumnCount, this);
    m_deadlines->setObjectName(QStringLiteral("deadlinesTableWidget"));
    m_deadlines->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_deadlines->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_deadlines->setSelectionMode(QAbstractItemView::SingleSelection);
    m_deadlines->verticalHeader()->hide();
    m_deadlines->horizontalHeader()->setStretchLastSection(true);
    m_deadlines->horizontalHeader()->setSectionResizeMode(RuleColumn, QHeaderView::Stretch);
    m_deadlines->horizontalHeader()->resizeSection(ObligationColumn, 220);
    m_deadlines->horizontalHeader()->resizeSection(DueColumn, 150);
    m_deadlines->horizontalHeader()->resizeSection(CountdownColumn, 150);
    layout->addWidget(m_deadlines, 1);
    auto *sentRow = new QHBoxLayout;
    m_sentLabel = new QLabel(this);
    m_sentAt = new QLineEdit(this);
    m_sentAt->setObjectName(QStringLiteral("sentAtLineEdit"));
    m_sentAt->setMaximumWidth(170);
    m_channel = new QComboBox(this);
    m_channel->setObjectName(QStringLiteral("sentChannelComboBox"));
    m_recipient = new QLineEdit(this);
    m_recipient->setObjectName(QStringLiteral("recipientLineEdit"));
    m_markSent = new QPushButton(this);
    m_markSent->setObjectName(QStringLiteral("markSentButton"));
    m_draft = new QPushButton(this);
    m_draft->setObjectName(QStringLiteral("saveDraftButton"));
    sentRow->addWidget(m_sentLabel);
    sentRow->addWidget(m_sentAt);
    sentRow->addWidget(m_channel);
    sentRow->addWidget(m_recipient, 1);
    sentRow->addWidget(m_markSent);
    sentRow->addWidget(m_draft);
    layout->addLayout(sentRow);
    m_timer = new QTimer(this);
    m_timer->setInterval(30000);
    connect(m_timer, &QTimer::timeout, this, &NotificationsTab::refreshCountdowns);
    m_timer->start();
    connect(m_rules, &QListWidget::itemChanged, this, [this](QListWidgetItem *item) {
        if (!m_loading)
            ruleToggled(item->data(KeyRole).toString(), item->checkState() == Qt::Checked);
    });
    connect(m_markSent, &QPushButton::clicked, this, &NotificationsTab::markSent);
    connect(m_draft, &QPushButton::clicked, this, &NotificationsTab::saveDraft);
    connect(m_deadlines, &QTableWidget::itemSelectionChanged, this, [this] {
        const int row = m_deadlines->currentRow();
        const bool open = row >= 0 && !m_deadlines->item(row, RuleColumn)->data(SentRole).toBool();
        m_markSent->setEnabled(open && m_session && !m_session->isReadOnly());
        m_draft->setEnabled(row >= 0);
    });
}

void NotificationsTab::retranslate()
{
    m_intro->setText(tr("Tick the rules that apply to this incident. Deadlines count from the moment the organisation "
                        "became aware of it; check the rule texts with your legal adviser."));
    m_awareLabel->setText(tr("Became &aware at:"));
    m_aware->setPlaceholderText(tr("yyyy-MM-dd HH:mm"));
    m_deadlines->setHorizontalHeaderLabels({ tr("Rule"), tr("Obligation"), tr("Due"), tr("Time left"), tr("Sent") });
    m_sentLabel->setText(tr("Sent at:"));
    m_sentAt->setPlaceholderText(tr("empty: now"));
    m_recipient->setPlaceholderText(tr("Recipient (default: the authority)"));
    m_markSent->setText(tr("Mark as &Sent"));
    m_draft->setText(tr("&Draft Notice…"));
    m_manageRules->setText(tr("Rules…"));
    const QString channel = m_channel->currentData().toString();
    m_channel->clear();
    const QStringList names = { tr("Phone"), tr("E-mail"), tr("PGP e-mail"), tr("Meeting"), tr("Chat"), tr("Letter") };
    const QStringList keys = Communications::channels();
    for (int i = 0; i < keys.size(); ++i)
        m_channel->addItem(i < names.size() ? names.at(i) : keys.at(i), keys.at(i));
    m_channel->setCurrentIndex(qMax(0, m_channel->findData(channel.isEmpty() ? QStringLiteral("email") : channel)));
    if (m_session)
        reload();
}

QString NotificationsTab::title() const
{
    return m_open ? tr("Notifications (%1)").arg(m_open) : tr("Notifications");
}

void NotificationsTab::startIncident()
{
    m_sentAt->clear();
    m_recipient->clear();
    m_aware->clear();
}

Result<void> NotificationsTab::refresh()
{
    m_loading = true;
    NotificationClocks clocks(m_session->workspace());
    auto deadlines = clocks.deadlines(m_incidentId);
    auto rules = NotificationRules(m_session->workspace()).all();
    const QString language = Language::current();
    QStringList applied;
    QDateTime aware;
    if (deadlines) {
        for (const NotificationDeadline &d : std::as_const(*deadlines)) {
            applied << d.ruleKey;
            aware = d.awareUtc;
        }
    }
    if (m_aware->text().isEmpty() || !m_aware->hasFocus()) {
        if (!aware.isValid()) {
            auto incident = IncidentRepository(m_session->workspace()).incident(m_incidentId);
            aware = incident && incident->detectedUtc.isValid() ? incident->detectedUtc : QDateTime::currentDateTimeUtc();
        }
        if (m_aware->text().isEmpty())
            m_aware->setText(WorkspaceTimeZone::format(aware, m_zone));
    }
    m_rules->clear();
    if (rules) {
        for (const NotificationRule &rule : std::as_const(*rules)) {
            auto *item = new QListWidgetItem(rule.title.in(language), m_rules);
            item->setData(KeyRole, rule.key);
            item->setFlags(Qt::ItemIsEnabled | (m_session->isReadOnly() ? Qt::NoItemFlags : Qt::ItemIsUserCheckable));
            item->setCheckState(applied.contains(rule.key) ? Qt::Checked : Qt::Unchecked);
            item->setToolTip(rule.authority.in(language) + QStringLiteral(" — ") + rule.description.in(language));
        }
    }
    m_deadlines->setRowCount(0);
    m_open = 0;
    if (deadlines) {
        for (const NotificationDeadline &d : std::as_const(*deadlines)) {
            const int row = m_deadlines->rowCount();
            m_deadlines->insertRow(row);
            auto *rule = new QTableWidgetItem(d.ruleTitle.in(language));
            rule->setData(KeyRole, QString(d.ruleKey + QLatin1Char('/') + d.obligationKey));
            rule->setData(SentRole, d.isSent());
            rule->setData(DueRole, d.dueUtc);
            rule->setToolTip(d.authority.in(language));
            auto *obligation = new QTableWidgetItem(d.title.in(language));
            obligation->setToolTip(d.hint.in(language));
            m_deadlines->setItem(row, RuleColumn, rule);
            m_deadlines->setItem(row, ObligationColumn, obligation);
            m_deadlines->setItem(row, DueColumn, new QTableWidgetItem(WorkspaceTimeZone::format(d.dueUtc, m_zone)));
            m_deadlines->setItem(row, CountdownColumn, new QTableWidgetItem);
            m_deadlines->setItem(row, SentColumn, new QTableWidgetItem(d.isSent() ? WorkspaceTimeZone::format(d.sentUtc, m_zone)
                                                                                          + QStringLiteral(" · ") + d.how
                                                                                    : QString()));
            if (!d.isSent())
                ++m_open;
        }
    }
    refreshCountdowns();
    m_markSent->setEnabled(false);
    m_draft->setEnabled(false);
    m_aware->setReadOnly(m_session->isReadOnly());
    m_loading = false;
    if (!deadlines)
        return deadlines.error();
    if (!rules)
        return rules.error();
    return {};
}

void NotificationsTab::refreshCountdowns()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int row = 0; row < m_deadlines->rowCount(); ++row) {
        QTableWidgetItem *rule = m_deadlines->item(row, RuleColumn);
        QTableWidgetItem *cell = m_deadlines->item(row, CountdownColumn);
        if (rule->data(SentRole).toBool()) {
            cell->setText(tr("sent"));
            cell->setForeground(QBrush());
            continue;
        }
        const QDateTime due = rule->data(DueRole).toDateTime();
        cell->setText(NotificationClocks::countdown(due, now));
        QFont font = cell->font();
        font.setBold(due < now);
        cell->setFont(font);
        cell->setForeground(due < now ? QBrush(QColor(0xd9, 0x30, 0x25)) : QBrush());
    }
}

void NotificationsTab::ruleToggled(const QString &ruleKey, bool on)
{
    NotificationClocks clocks(m_session->workspace());
    Result<void> done;
    if (on) {
        const QDateTime aware = WorkspaceTimeZone::parse(m_aware->text(), m_zone);
        if (!aware.isValid()) {
            MessageBox::critical(this, tr("Notification Clock"),
                                 tr("“%1” is not a time. Enter when the organisation became aware of the incident as "
                                    "yyyy-MM-dd HH:mm.").arg(m_aware->text()));
            reload();
            return;
        }
        done = clocks.apply(m_incidentId, ruleKey, aware);
    } else {
        if (MessageBox::question(this, tr("Notification Clock"),
                                 tr("Stop the clock of this rule for the incident? Notices already recorded as sent stay in "
                                    "the communications log."),
                                 QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes) {
            reload();
            return;
        }
        done = clocks.remove(m_incidentId, ruleKey);
    }
    if (!done) {
        MessageBox::critical(this, tr("Notification Clock"), done.error().message);
        reload();
        return;
    }
    m_session->notifyChanged(QStringLiteral("incident_notification"));
    reload();
}

void NotificationsTab::markSent()
{
    const int row = m_deadlines->currentRow();
    if (row < 0)
        return;
    const QStringList key = m_deadlines->item(row, RuleColumn)->data(KeyRole).toString().split(QLatin1Char('/'));
    QDateTime when;
    if (!m_sentAt->text().trimmed().isEmpty()) {
        when = WorkspaceTimeZone::parse(m_sentAt->text(), m_zone);
        if (!when.isValid()) {
            MessageBox::critical(this, tr("Mark as Sent"),
                                 tr("“%1” is not a time. Enter it as yyyy-MM-dd HH:mm, or leave it empty for now.")
                                     .arg(m_sentAt->text()));
            return;
        }
    }
    auto done = NotificationClocks(m_session->workspace())
                    .markSent(m_incidentId, key.value(0), key.value(1), when, m_channel->currentData().toString(), m_recipient->text(),
                              Config::get(Config::Key::UserName).toString());
    if (!done) {
        MessageBox::critical(this, tr("Mark as Sent"), done.error().message);
        return;
    }
    m_sentAt->clear();
    m_recipient->clear();
    m_session->notifyChanged(QStringLiteral("incident"));
}

void NotificationsTab::saveDraft()
{
    const int row = m_deadlines->currentRow();
    if (row < 0)
        return;
    const QStringList key = m_deadlines->item(row, RuleColumn)->data(KeyRole).toString().split(QLatin1Char('/'));
    auto text = NotificationClocks(m_session->workspace()).draftNotice(m_incidentId, key.value(0), key.value(1), Language::current());
    if (!text) {
        MessageBox::critical(this, tr("Draft Notice"), text.error().message);
        return;
    }
    DraftNoticeDialog dialog(m_deadlines->item(row, ObligationColumn)->text(), *text, m_session->filePath(), this);
    dialog.exec();
}


} // namespace csirtkit
