#include "workspace/OverviewPage.h"
#include "common/DateFormat.h"

#include "ui_OverviewPage.h"

#include "common/Language.h"
#include "common/ToolTip.h"
#include "incidents/Badges.h"
#include "incidents/IncidentRepository.h"
#include "incidents/IncidentStats.h"
#include "team/TeamSummary.h"
#include "incidents/NotificationClocks.h"
#include "phases/PlanSummary.h"
#include "workspace/Workspace.h"
#include "workspace/WorkspaceFacts.h"
#include "workspace/WorkspaceSession.h"

#include "common/TextRules.h"
#include <QDir>
#include <QEvent>
#include <QLocale>
#include <QTimeZone>
#include <QColor>
#include <QListWidget>
#include <QProgressBar>

namespace csirtkit {

namespace {
constexpr int ItemIdRole = Qt::UserRole;
constexpr int StepIdRole = Qt::UserRole + 1;
} // namespace


OverviewPage::OverviewPage(QWidget *parent) : Page(parent), m_ui(std::make_unique<::Ui::OverviewPage>())
{
    m_ui->setupUi(this);
    QFont big = font();
    big.setPointSizeF(big.pointSizeF() * 1.8);
    big.setBold(true);
    m_ui->organisationNameLabel->setFont(big);
    connect(m_ui->profilePushButton, &QPushButton::clicked, this,
            [this] { Q_EMIT navigateTo(QStringLiteral("profile")); });
    connect(m_ui->nextItemsListWidget, &QListWidget::itemActivated, this, [this](QListWidgetItem *row) {
        const qint64 itemId = row->data(ItemIdRole).toLongLong();
        if (itemId)
            Q_EMIT openPlanItem(row->data(StepIdRole).toLongLong(), itemId);
        else
            Q_EMIT navigateTo(QStringLiteral("phases"));
    });
    connect(m_ui->incidentLogPushButton, &QPushButton::clicked, this,
            [this] { Q_EMIT navigateTo(QStringLiteral("incidents")); });
    connect(m_ui->oldestIncidentPushButton, &QPushButton::clicked, this,
            [this] { Q_EMIT showIncident(m_oldestIdent); });
    for (const QString &priority : { QStringLiteral("P1"), QStringLiteral("P2"), QStringLiteral("P3"), QStringLiteral("P4") }) {
        auto *badge = new QLabel(this);
        badge->setObjectName(priority + QStringLiteral("OpenBadge"));
        m_ui->priorityBadgesLayout->addWidget(badge);
    }
    m_ui->priorityBadgesLayout->addStretch(1);
}

OverviewPage::~OverviewPage() = default;

void OverviewPage::setSession(WorkspaceSession *session)
{
    m_session = session;
    connect(session, &WorkspaceSession::changed, this, &OverviewPage::refresh);
    refresh();
}

QString OverviewPage::formatTime(const QDateTime &utc)
{
    if (!utc.isValid())
        return tr("—");
    const QDateTime local = utc.toLocalTime();
    return DateFormat::dateTime(local) + QStringLiteral(" (")
        + local.timeZone().displayName(local, QTimeZone::OffsetName) + QLatin1Char(')');
}

void OverviewPage::refresh()
{
    if (!m_session)
        return;
    auto facts = WorkspaceFacts::read(m_session->workspace());
    if (!facts) {
        m_ui->subtitleLabel->setText(facts.error().message);
        return;
    }
    const QString name = facts->organisationName;
    m_ui->organisationNameLabel->setText(name.isEmpty() ? tr("Unnamed organisation") : name);
    m_ui->fileValueLabel->setText(QDir::toNativeSeparators(facts->filePath));
    m_ui->stateValueLabel->setText(facts->readOnly ? tr("Read-only: changes cannot be saved") + QLatin1Char('\n')
                                                         + m_session->workspace().readOnlyReason()
                                                   : tr("Every change is saved at once"));
    m_ui->createdValueLabel->setText(formatTime(facts->createdUtc));
    m_ui->changedValueLabel->setText(formatTime(facts->lastChangedUtc));
    m_ui->schemaValueLabel->setText(QString::number(facts->schemaVersion));
    m_ui->sizeValueLabel->setText(QLocale().formattedDataSize(facts->fileSize));

    refreshPlan();
    // Every edit reports a change: the incident figures (counts over every incident) are read again
    // only while they are on screen.
    if (isVisible())
        refreshIncidents();
    else
        m_stale = true;
    while (m_ui->countsFormLayout->rowCount() > 0)
        m_ui->countsFormLayout->removeRow(0);
    int profileFilled = 0;
    for (const auto &count : std::as_const(facts->counts)) {
        auto *value = new QLabel(count.total >= 0 ? tr("%1 of %2").arg(QLocale().toString(count.value),
                                                                       QLocale().toString(count.total))
                                                  : QLocale().toString(count.value));
        value->setObjectName(count.key + QStringLiteral("CountLabel"));
        m_ui->countsFormLayout->addRow(count.label, value);
        if (count.key == QLatin1String("profile_fields"))
            profileFilled = int(count.value);
    }
    const bool profileIncomplete = profileFilled < 6;
    m_ui->gettingStartedGroupBox->setVisible(profileIncomplete);
    m_ui->gettingStartedLabel->setText(
        tr("Start by describing your organisation: its constituency, mission, contact details and time zone. "
           "They are used throughout the CSIRT documents."));
}

void OverviewPage::refreshPlan()
{
    auto summary = PlanSummary::read(m_session->workspace(), QDate::currentDate());
    if (!summary)
        return;
    const QList<QProgressBar *> bars = { m_ui->conceptProgressBar, m_ui->buildProgressBar, m_ui->operationProgressBar };
    for (int i = 0; i < bars.size() && i < summary->phases.size(); ++i) {
        const PlanProgress &p = summary->phases.at(i).second;
        bars.at(i)->setRange(0, qMax(1, p.applicable));
        bars.at(i)->setValue(p.done);
        bars.at(i)->setFormat(tr("%1 of %2 (%3%)").arg(p.done).arg(p.applicable).arg(p.percent()));
    }
    m_ui->overdueLabel->setText(summary->overall.overdue
                                    ? tr("%n overdue item(s)", nullptr, summary->overall.overdue)
                                    : tr("No overdue items."));
    m_ui->overdueLabel->setStyleSheet(summary->overall.overdue ? QStringLiteral("color: #d93025; font-weight: bold;")
                                                               : QString());
    int gaps = 0;
    const QString team = TeamSummary::state(m_session->workspace(), Language::current(), &gaps);
    const QString onCall = TeamSummary::onCall(m_session->workspace(), QDateTime::currentDateTimeUtc());
    m_ui->teamLabel->setText(tr("Team: %1").arg(team) + (onCall.isEmpty() ? QString() : QLatin1Char('\n') + onCall));
    m_ui->teamLabel->setStyleSheet(gaps ? QStringLiteral("color: #d93025;") : QString());
    m_ui->decisionsLabel->setText(summary->missingDecisions.isEmpty()
                                      ? tr("All build-phase decisions are recorded.")
                                      : tr("Decisions still missing:") + u' '
                                          + QLocale().createSeparatedList(summary->missingDecisions));
    m_ui->nextItemsListWidget->clear();
    const QString lang = Language::current();
    const QDate today = QDate::currentDate();
    for (const PlanItem &item : std::as_const(summary->nextItems)) {
        auto *row = new QListWidgetItem(QStringLiteral("%1  %2").arg(DateFormat::date(item.due),
                                                                     item.text(lang)));
        if (item.isOverdue(today))
            row->setForeground(QColor(0xd9, 0x30, 0x25));
        row->setData(ItemIdRole, item.id);
        row->setData(StepIdRole, item.stepId);
        row->setToolTip(plainToolTip(item.owner.isEmpty() ? item.text(lang) : item.text(lang) + QStringLiteral(" — ") + item.owner));
        m_ui->nextItemsListWidget->addItem(row);
    }
    if (summary->nextItems.isEmpty())
        m_ui->nextItemsListWidget->addItem(tr("No open item has a due date yet. Set due dates in the phase guide."));
}

void OverviewPage::refreshIncidents()
{
    m_stale = false;
    auto stats = IncidentStats::open(m_session->workspace());
    if (!stats)
        return;
    for (auto it = stats->byPriority.cbegin(); it != stats->byPriority.cend(); ++it) {
        if (auto *badge = findChild<QLabel *>(it.key() + QStringLiteral("OpenBadge")))
            Badges::apply(badge, it.key(), QStringLiteral("%1: %2").arg(it.key(), QLocale().toString(it.value())));
    }
    m_ui->openIncidentsLabel->setText(stats->total == 0
                                          ? tr("No incidents logged yet.")
                                          : tr("%1 open of %2 logged").arg(QLocale().toString(stats->open),
                                                                           QLocale().toString(stats->total)));
    m_oldestIdent = stats->oldestIdent;
    if (stats->oldestId) {
        const qint64 days = stats->oldestLoggedUtc.daysTo(QDateTime::currentDateTimeUtc());
        m_ui->oldestIncidentLabel->setText(tr("Oldest open: %1 “%2”, logged %n day(s) ago", nullptr, int(days))
                                               .arg(stats->oldestIdent, TextRules::visible(stats->oldestTitle)));
    } else {
        m_ui->oldestIncidentLabel->setText(stats->total ? tr("No open incidents.") : QString());
    }
    m_ui->oldestIncidentLabel->setVisible(!m_ui->oldestIncidentLabel->text().isEmpty());
    m_ui->oldestIncidentPushButton->setVisible(stats->oldestId != 0);

    // Notification deadlines: the earliest open one, and how many are overdue.
    auto deadlines = NotificationClocks(m_session->workspace()).open(1000);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    int overdue = 0;
    if (deadlines)
        for (const NotificationDeadline &d : std::as_const(*deadlines))
            overdue += d.isOverdue(now) ? 1 : 0;
    if (!deadlines || deadlines->isEmpty()) {
        m_ui->deadlinesLabel->clear();
        m_ui->deadlinesLabel->hide();
        return;
    }
    const NotificationDeadline &next = deadlines->first();
    auto incident = IncidentRepository(m_session->workspace()).incident(next.incidentId);
    m_ui->deadlinesLabel->setText(tr("Notification deadlines: %1 open, %2 overdue. Next: %3 — %4, %5.")
                                      .arg(deadlines->size()).arg(overdue)
                                      .arg(incident ? incident->ident : QString(), next.title.in(Language::current()),
                                           NotificationClocks::countdown(next.dueUtc, now)));
    m_ui->deadlinesLabel->setStyleSheet(overdue ? QStringLiteral("color: #d93025; font-weight: bold;") : QString());
    m_ui->deadlinesLabel->show();
}

void OverviewPage::showEvent(QShowEvent *event)
{
    Page::showEvent(event);
    if (m_stale && m_session)
        refreshIncidents();
}

void OverviewPage::changeEvent(QEvent *event)
{
    Page::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        Q_EMIT titleChanged();
        refresh();
    }
}

} // namespace csirtkit
