#include "incidents/IncidentView.h"

#include "common/Config.h"
#include "common/Language.h"
#include "common/MessageBox.h"
#include "common/TextRules.h"
#include "incidents/ArtefactsTab.h"
#include "incidents/Badges.h"
#include "incidents/CommunicationsTab.h"
#include "incidents/EvidenceTab.h"
#include "incidents/IncidentDetailsTab.h"
#include "incidents/IncidentRepository.h"
#include "incidents/IncidentWorkflow.h"
#include "incidents/JournalTab.h"
#include "incidents/NotificationsTab.h"
#include "incidents/ObservablesTab.h"
#include "incidents/RelationsTab.h"
#include "reports/ReportDialog.h"
#include "incidents/TasksTab.h"
#include "incidents/Taxonomy.h"
#include "incidents/ResolveCheck.h"
#include "incidents/TransitionDialog.h"
#include "workspace/WorkspaceSession.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace csirtkit {

IncidentView::IncidentView(QWidget *parent)
    : QWidget(parent), m_back(new QPushButton(this)), m_report(new QPushButton(this)), m_ident(new QLabel(this)), m_title(new QLabel(this)),
      m_status(new QLabel(this)), m_priority(new QLabel(this)), m_tlp(new QLabel(this)), m_transitions(new QHBoxLayout),
      m_tabs(new QTabWidget(this))
{
    auto *layout = new QVBoxLayout(this);
    auto *header = new QHBoxLayout;
    m_back->setObjectName(QStringLiteral("backToListButton"));
    m_ident->setObjectName(QStringLiteral("incidentIdentLabel"));
    m_title->setObjectName(QStringLiteral("incidentTitleLabel"));
    m_status->setObjectName(QStringLiteral("incidentStatusLabel"));
    m_priority->setObjectName(QStringLiteral("incidentPriorityBadge"));
    m_tlp->setObjectName(QStringLiteral("incidentTlpBadge"));
    m_tabs->setObjectName(QStringLiteral("incidentTabWidget"));
    for (QLabel *label : { m_ident, m_title, m_status })
        label->setTextFormat(Qt::PlainText);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.35);
    big.setBold(true);
    m_title->setFont(big);
    m_ident->setFont(big);
    m_title->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    header->addWidget(m_back);
    header->addSpacing(8);
    header->addWidget(m_ident);
    header->addWidget(m_title, 1);
    header->addWidget(m_priority);
    header->addWidget(m_tlp);
    m_report->setObjectName(QStringLiteral("incidentReportButton"));
    header->addWidget(m_report);
    layout->addLayout(header);
    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_status);
    statusRow->addSpacing(12);
    statusRow->addLayout(m_transitions);
    statusRow->addStretch(1);
    layout->addLayout(statusRow);
    layout->addWidget(m_tabs, 1);

    m_tabList = { new IncidentDetailsTab(this), new JournalTab(this),   new TasksTab(this),    new CommunicationsTab(this),
                  new ObservablesTab(this),     new EvidenceTab(this),  new ArtefactsTab(this), new RelationsTab(this),
                  new NotificationsTab(this) };
    for (IncidentTab *tab : std::as_const(m_tabList)) {
        m_tabs->addTab(tab, tab->title());
        connect(tab, &IncidentTab::openIncident, this, &IncidentView::openIncident);
        connect(tab, &IncidentTab::titleChanged, this, &IncidentView::updateTabTitles);
    }
    connect(m_back, &QPushButton::clicked, this, &IncidentView::backRequested);
    connect(m_report, &QPushButton::clicked, this, [this] {
        if (!m_session || !m_id)
            return;
        auto *dialog = new ReportDialog(m_session, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setIncident(m_id);
        dialog->open();
    });
    retranslate();
}

IncidentView::~IncidentView() = default;

void IncidentView::retranslate()
{
    m_back->setText(tr("← Incident List"));
    m_back->setToolTip(tr("Back to the incident list (Alt+Left)"));
    m_report->setText(tr("Report…"));
    m_report->setToolTip(tr("Save this incident as a PDF, ODT, HTML or Markdown report"));
    updateTabTitles();
}

void IncidentView::updateTabTitles()
{
    for (int i = 0; i < m_tabList.size(); ++i)
        m_tabs->setTabText(i, QString(m_tabList.at(i)->title()).replace(QLatin1Char('&'), QStringLiteral("&&"))); // no mnemonic
}

void IncidentView::setSession(WorkspaceSession *session)
{
    m_session = session;
    m_id = 0;
    if (!session)
        return;
    connect(session, &WorkspaceSession::changed, this, [this](const QString &entity) {
        if (m_id && entity != QLatin1String("saved_filter") && entity != QLatin1String("org_profile")
            && !entity.startsWith(QLatin1String("plan"))) {
            if (isVisible())
                refresh();
            else
                m_stale = true; // re-read the nine tabs when the incident is shown again, not on every edit
        }
    });
}

void IncidentView::setIncident(qint64 incidentId)
{
    m_id = incidentId;
    m_tabs->setCurrentIndex(0);
    refresh();
}

void IncidentView::refresh()
{
    if (!m_session || !m_id)
        return;
    m_stale = false;
    auto incident = IncidentRepository(m_session->workspace()).incident(m_id);
    if (!incident) {
        // Deleted or the workspace changed underneath: back to the list.
        m_id = 0;
        Q_EMIT backRequested();
        return;
    }
    const QString language = Language::current();
    m_ident->setText(incident->ident);
    m_title->setText(TextRules::visible(incident->title)); // bidirectional controls shown, not obeyed
    m_title->setToolTip(QString()); // the full title is selectable; no rich tooltip of user text
    const TaxonomyTerm *status = Taxonomy::instance().status(incident->status);
    QString statusText = tr("Status: %1").arg(status ? status->title.in(language) : incident->status);
    if (incident->status == QLatin1String("duplicate") && incident->duplicateOf) {
        if (auto original = IncidentRepository(m_session->workspace()).incident(incident->duplicateOf))
            statusText += tr(" of %1").arg(original->ident);
    }
    if (!incident->statusReason.isEmpty())
        statusText += QStringLiteral(" — ") + TextRules::visible(incident->statusReason);
    m_status->setText(statusText);
    Badges::apply(m_priority, incident->priority, incident->priority);
    Badges::apply(m_tlp, incident->tlp, incident->tlp);
    rebuildTransitions(incident->status);
    for (IncidentTab *tab : std::as_const(m_tabList))
        tab->setIncident(m_session, m_id);
    updateTabTitles();
}

void IncidentView::rebuildTransitions(const QString &status)
{
    qDeleteAll(m_transitionButtons);
    m_transitionButtons.clear();
    for (const QString &to : IncidentWorkflow::next(status)) {
        auto *button = new QPushButton(TransitionDialog::actionText(status, to), this);
        button->setObjectName(QStringLiteral("transitionButton_") + to);
        button->setEnabled(!m_session->isReadOnly());
        connect(button, &QPushButton::clicked, this, [this, status, to] { transition(status, to); });
        m_transitions->addWidget(button);
        m_transitionButtons << button;
    }
}

void IncidentView::transition(const QString &from, const QString &to)
{
    IncidentRepository repo(m_session->workspace());
    // Resolving and closing show what is still open first, and ask for the lessons learned.
    std::optional<TransitionDialog::Readiness> readiness;
    if (ResolveCheck::checks(to)) {
        auto open = ResolveCheck::openItems(m_session->workspace(), m_id, to);
        auto current = repo.incident(m_id);
        if (!open || !current) {
            MessageBox::critical(this, tr("Change Status"), !open ? open.error().message : current.error().message);
            return;
        }
        readiness = TransitionDialog::Readiness { *open, current->lessons };
    }
    auto asked = TransitionDialog::ask(from, to, readiness, this);
    if (!asked)
        return;
    TransitionDialog::Answer answer = *asked;
    if (readiness) {
        if (answer.lessons && answer.lessons->trimmed() != readiness->lessons.trimmed()) {
            if (auto saved = repo.setText(m_id, IncidentRepository::TextField::Lessons, *answer.lessons); !saved) {
                MessageBox::critical(this, tr("Change Status"), saved.error().message);
                return;
            }
            m_session->notifyChanged(QStringLiteral("incident"));
        }
        const QStringList open = ResolveCheck::stillOpen(readiness->openItems, answer.lessons.value_or(readiness->lessons));
        if (!open.isEmpty()) {
            if (!answer.anyway || answer.comment.trimmed().isEmpty()) {
                MessageBox::critical(this, tr("Change Status"),
                                     tr("Still open:\n%1\nFinish these first, or take the step anyway and say why.")
                                         .arg(QStringLiteral("• ") + open.join(QStringLiteral("\n• "))));
                return;
            }
            answer.comment = ResolveCheck::overrideComment(open, answer.comment);
        }
    }
    qint64 duplicateOf = 0;
    if (to == QLatin1String("duplicate")) {
        if (answer.duplicateOf.trimmed().isEmpty()) {
            MessageBox::critical(this, tr("Change Status"),
                                 tr("Enter the identifier of the original incident, e.g. INC-2026-0001."));
            return;
        }
        auto original = repo.byIdent(answer.duplicateOf.trimmed().toUpper());
        if (!original) {
            MessageBox::critical(this, tr("Change Status"),
                                 tr("There is no incident “%1” in this workspace. Enter the identifier of the original "
                                    "incident, e.g. INC-2026-0001.").arg(answer.duplicateOf));
            return;
        }
        duplicateOf = original->id;
    }
    auto done = repo.transition(m_id, to, Config::get(Config::Key::UserName).toString(), answer.comment, duplicateOf);
    if (!done) {
        MessageBox::critical(this, tr("Change Status"), done.error().message);
        refresh(); // the incident may have moved on elsewhere: offer the steps from where it really is
        return;
    }
    m_session->notifyChanged(QStringLiteral("incident"));
}

void IncidentView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

void IncidentView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        refresh();
    }
    QWidget::changeEvent(event);
}

} // namespace csirtkit
