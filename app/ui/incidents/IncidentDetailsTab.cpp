#include "incidents/IncidentDetailsTab.h"

#include "common/FunctionCommand.h"
#include "common/Language.h"
#include "common/MarkdownEditor.h"
#include "common/MessageBox.h"
#include "incidents/PriorityMatrix.h"
#include "incidents/Taxonomy.h"
#include "team/PeopleCompleter.h"
#include "workspace/WorkspaceSession.h"
#include "workspace/WorkspaceTimeZone.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QVBoxLayout>

#include <memory>

namespace csirtkit {

namespace {

enum MergeId { TitleMerge = 3001, SummaryMerge, LessonsMerge };

// Form labels in build order, retranslated on a language change.
const char *const LabelTexts[] = {
    QT_TRANSLATE_NOOP("csirtkit::IncidentDetailsTab", "Title:"),
    QT_TRANSLATE_NOOP("csirtkit::IncidentDetailsTab", "Reporter:"),
    QT_TRANSLATE_NOOP("csirtkit::IncidentDetailsTab", "Reported via:"),
    QT_TRANSLATE_NOOP("csirtkit::IncidentDetailsTab", "Contact:"),
    QT_TRANSLATE_NOOP("csirtkit::IncidentDetailsTab", "RSIT class:"),
    QT_TRANSLATE_NOOP("csirtkit::IncidentDetailsTab", "RSIT type:"),
    QT_TRANSLATE_NOOP("csirtkit::IncidentDetailsTab", "JPCERT/CC category:"),
    QT_TRANSLATE_NOOP("csirtkit::IncidentDetailsTab", "TLP:"),
    QT_TRANSLATE_NOOP("csirtkit::IncidentDetailsTab", "Impact:"),
    QT_TRANSLATE_NOOP("csirtkit::IncidentDetailsTab", "Urgency:"),
    QT_TRANSLATE_NOOP("csirtkit::IncidentDetailsTab", "Priority:"),
    QT_TRANSLATE_NOOP("csirtkit::IncidentDetailsTab", "Override reason:"),
    QT_TRANSLATE_NOOP("csirtkit::IncidentDetailsTab", "Occurred:"),
    QT_TRANSLATE_NOOP("csirtkit::IncidentDetailsTab", "Detected:"),
    QT_TRANSLATE_NOOP("csirtkit::IncidentDetailsTab", "Reported:"),
    QT_TRANSLATE_NOOP("csirtkit::IncidentDetailsTab", "Contained:"),
    QT_TRANSLATE_NOOP("csirtkit::IncidentDetailsTab", "Assignee:"),
    QT_TRANSLATE_NOOP("csirtkit::IncidentDetailsTab", "Helpers:"),
    QT_TRANSLATE_NOOP("csirtkit::IncidentDetailsTab", "Summary:"),
    QT_TRANSLATE_NOOP("csirtkit::IncidentDetailsTab", "Lessons learned:"),
};

void selectData(QComboBox *combo, const QString &key)
{
    const QSignalBlocker block(combo);
    combo->setCurrentIndex(qMax(0, combo->findData(key)));
}

} // namespace

IncidentDetailsTab::IncidentDetailsTab(QWidget *parent) : IncidentTab(parent)
{
    buildUi();
    retranslate();
}

IncidentDetailsTab::~IncidentDetailsTab()
{
    // Hiding and deleting the fields moves the focus, and a line edit losing it emits editingFinished:
    // that must not reach this half-destroyed tab (and write to the incident).
    for (QObject *child : findChildren<QObject *>())
        disconnect(child, nullptr, this, nullptr);
}

void IncidentDetailsTab::buildUi()
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    outer->addWidget(scroll);
    auto *content = new QWidget(scroll);
    scroll->setWidget(content);
    auto *columns = new QHBoxLayout(content);
    auto *left = new QFormLayout;
    auto *right = new QFormLayout;
    columns->addLayout(left, 1);
    columns->addLayout(right, 1);
    int next = 0;
    auto row = [this, &next](QFormLayout *form, QWidget *field) {
        auto *label = new QLabel(this);
        label->setBuddy(field);
        m_labels << label;
        form->addRow(label, field);
        ++next;
    };
    auto line = [this](const char *name) {
        auto *edit = new QLineEdit(this);
        edit->setObjectName(QLatin1String(name));
        return edit;
    };
    auto combo = [this](const char *name) {
        auto *c = new QComboBox(this);
        c->setObjectName(QLatin1String(name));
        return c;
    };
    m_title = line("titleLineEdit");
    m_title->setMaxLength(300);
    m_reporter = line("reporterLineEdit");
    m_channel = combo("channelComboBox");
    m_contact = line("contactLineEdit");
    m_class = combo("rsitClassComboBox");
    m_type = combo("rsitTypeComboBox");
    m_jpcert = combo("jpcertComboBox");
    m_tlp = combo("tlpComboBox");
    m_impact = combo("impactComboBox");
    m_urgency = combo("urgencyComboBox");
    m_priority = combo("priorityComboBox");
    m_priorityReason = line("priorityReasonLineEdit");
    m_occurred = line("occurredLineEdit");
    m_detected = line("detectedLineEdit");
    m_reported = line("reportedLineEdit");
    m_contained = line("containedLineEdit");
    m_assignee = line("assigneeLineEdit");
    m_helpers = line("helpersLineEdit");
    for (QWidget *w : std::initializer_list<QWidget *> { m_title, m_reporter, m_channel, m_contact, m_class, m_type, m_jpcert,
                                                          m_tlp, m_impact, m_urgency, m_priority, m_priorityReason })
        row(left, w);
    m_zoneLabel = new QLabel(this);
    m_zoneLabel->setObjectName(QStringLiteral("timeZoneLabel"));
    right->addRow(m_zoneLabel);
    for (QWidget *w : std::initializer_list<QWidget *> { m_occurred, m_detected, m_reported, m_contained })
        row(right, w);
    m_milestones = new QLabel(this);
    m_milestones->setObjectName(QStringLiteral("milestonesLabel"));
    m_milestones->setTextFormat(Qt::PlainText);
    right->addRow(m_milestones);
    m_warnings = new QLabel(this);
    m_warnings->setObjectName(QStringLiteral("timeWarningsLabel"));
    m_warnings->setTextFormat(Qt::PlainText);
    m_warnings->setWordWrap(true);
    m_warnings->setStyleSheet(QStringLiteral("color: #d35400; font-weight: bold;"));
    right->addRow(m_warnings);
    row(right, m_assignee);
    row(right, m_helpers);
    m_summary = new MarkdownEditor(this);
    m_summary->setObjectName(QStringLiteral("summaryEditor"));
    m_summary->setMinimumHeight(160);
    row(left, m_summary);
    m_lessons = new MarkdownEditor(this);
    m_lessons->setObjectName(QStringLiteral("lessonsEditor"));
    m_lessons->setMinimumHeight(160);
    row(right, m_lessons);
    Q_ASSERT(next == int(std::size(LabelTexts)));

    using TF = IncidentRepository::TextField;
    connect(m_title, &QLineEdit::editingFinished, this, [this] { commitText(TF::Title, m_title->text()); });
    connect(m_reporter, &QLineEdit::editingFinished, this, [this] { commitText(TF::Reporter, m_reporter->text()); });
    connect(m_contact, &QLineEdit::editingFinished, this, [this] { commitText(TF::Contact, m_contact->text()); });
    connect(m_assignee, &QLineEdit::editingFinished, this, [this] { commitText(TF::Assignee, m_assignee->text()); });
    connect(m_helpers, &QLineEdit::editingFinished, this, [this] { commitText(TF::Helpers, m_helpers->text()); });
    connect(m_summary, &MarkdownEditor::textCommitted, this, [this](const QString &text) { commitText(TF::Summary, text); });
    connect(m_lessons, &MarkdownEditor::textCommitted, this, [this](const QString &text) { commitText(TF::Lessons, text); });
    connect(m_channel, &QComboBox::activated, this, [this] {
        if (m_loading || !m_session)
            return;
        const qint64 id = m_id;
        const QString channel = m_channel->currentData().toString(), old = m_incident.channel;
        if (channel != old)
            push(tr("Change report channel"), [id, channel](IncidentRepository &r) { return r.setChannel(id, channel); },
                 [id, old](IncidentRepository &r) { return r.setChannel(id, old); });
    });
    connect(m_class, &QComboBox::activated, this, [this] {
        if (m_class->currentData().toString() == m_incident.rsitClass)
            return; // the same class again: keep its type and category
        fillTypes(m_class->currentData().toString());
        selectData(m_jpcert, QString()); // the default mapping for the new class and type
        commitClassification();
    });
    connect(m_type, &QComboBox::activated, this, [this] {
        selectData(m_jpcert, QString()); // the default mapping for the new type
        commitClassification();
    });
    connect(m_jpcert, &QComboBox::activated, this, &IncidentDetailsTab::commitClassification);
    connect(m_tlp, &QComboBox::activated, this, &IncidentDetailsTab::commitTlp);
    connect(m_impact, &QComboBox::activated, this, &IncidentDetailsTab::commitImpactUrgency);
    connect(m_urgency, &QComboBox::activated, this, &IncidentDetailsTab::commitImpactUrgency);
    connect(m_priority, &QComboBox::activated, this, &IncidentDetailsTab::commitPriority);
    connect(m_priorityReason, &QLineEdit::editingFinished, this, &IncidentDetailsTab::commitPriority);
    using TimeF = IncidentRepository::TimeField;
    connect(m_occurred, &QLineEdit::editingFinished, this, [this] { commitTime(TimeF::Occurred, m_occurred); });
    connect(m_detected, &QLineEdit::editingFinished, this, [this] { commitTime(TimeF::Detected, m_detected); });
    connect(m_reported, &QLineEdit::editingFinished, this, [this] { commitTime(TimeF::Reported, m_reported); });
    connect(m_contained, &QLineEdit::editingFinished, this, [this] { commitTime(TimeF::Contained, m_contained); });
}

void IncidentDetailsTab::retranslate()
{
    for (int i = 0; i < m_labels.size(); ++i)
        m_labels.at(i)->setText(tr(LabelTexts[i]));
    m_summary->setPlaceholderText(tr("What happened, what is affected, what is known so far (Markdown)."));
    m_lessons->setPlaceholderText(tr("When resolving: what went well, what to improve, follow-up actions (Markdown)."));
    m_priorityReason->setPlaceholderText(tr("Needed when the priority differs from the matrix"));
    for (QLineEdit *edit : { m_occurred, m_detected, m_reported, m_contained })
        edit->setPlaceholderText(tr("yyyy-MM-dd HH:mm — empty if unknown"));
    // "What's this?" (Shift+F1) on the fields whose terms a new handler may not know; the help's
    // glossary says more.
    m_channel->setWhatsThis(tr("<b>Report channel</b>: how the report reached the team — from a user, the monitoring, a "
                               "customer, another CSIRT… Metrics count incidents by channel."));
    m_class->setWhatsThis(tr("<b>RSIT class</b>: the class of the Reference Security Incident Taxonomy used by CSIRTs in "
                             "Europe and by MISP (e.g. Malicious code, Fraud). Choose the class first, then the type."));
    m_type->setWhatsThis(tr("<b>RSIT type</b>: the type within the RSIT class (e.g. Phishing within Fraud). It proposes "
                            "the JPCERT/CC category."));
    m_jpcert->setWhatsThis(tr("<b>JPCERT/CC category</b>: the category used when reporting to JPCERT/CC. By default it "
                              "follows from the RSIT type; choose another one when the report needs it."));
    m_tlp->setWhatsThis(tr("<b>TLP</b> (Traffic Light Protocol 2.0): who may receive this incident's information. "
                           "CLEAR: anyone; GREEN: the community; AMBER: the recipient's organisation and its clients, on "
                           "a need-to-know basis; AMBER+STRICT: the recipient's organisation only; RED: the named "
                           "recipients only. "
                           "Every export and report carries it."));
    for (QComboBox *level : { m_impact, m_urgency })
        level->setWhatsThis(tr("<b>Impact</b>: how much harm the incident does or can do. <b>Urgency</b>: how fast it "
                               "gets worse without action. Together they give the priority through the priority matrix "
                               "(Incident log ▸ Priority Matrix…)."));
    m_priority->setWhatsThis(tr("<b>Priority</b> P1–P4, from the priority matrix. It can be set otherwise with a reason, "
                                "which is journaled."));
    fillCombos();
    if (m_id)
        showIncident(m_incident);
}

void IncidentDetailsTab::fillCombos()
{
    const QString language = Language::current();
    const Taxonomy &tax = Taxonomy::instance();
    auto fill = [&language](QComboBox *combo, const QList<TaxonomyTerm> &terms) {
        const QSignalBlocker block(combo);
        combo->clear();
        for (const TaxonomyTerm &term : terms)
            combo->addItem(term.title.in(language), term.key);
    };
    fill(m_channel, tax.reportChannels());
    fill(m_impact, tax.levels());
    fill(m_urgency, tax.levels());
    {
        const QSignalBlocker block(m_class);
        m_class->clear();
        m_class->addItem(tr("Not classified yet"), QString());
        for (const RsitClass &rsit : tax.rsit())
            m_class->addItem(rsit.term.title.in(language), rsit.term.key);
    }
    {
        const QSignalBlocker block(m_jpcert);
        m_jpcert->clear();
        m_jpcert->addItem(tr("Default for the RSIT type"), QString());
        for (const TaxonomyTerm &term : tax.jpcertCategories())
            m_jpcert->addItem(term.title.in(language), term.key);
    }
    {
        const QSignalBlocker block(m_tlp);
        m_tlp->clear();
        for (const TlpLabel &label : tax.tlp()) {
            m_tlp->addItem(label.key, label.key);
            m_tlp->setItemData(m_tlp->count() - 1, label.description.in(language), Qt::ToolTipRole);
        }
    }
    {
        const QSignalBlocker block(m_priority);
        m_priority->clear();
        m_priority->addItem(tr("From the matrix"), QString());
        for (const TaxonomyTerm &term : tax.priorities())
            m_priority->addItem(term.title.in(language), term.key); // the title names the key: "P1 – Critical"
    }
}

void IncidentDetailsTab::fillTypes(const QString &rsitClass)
{
    const QSignalBlocker block(m_type);
    m_type->clear();
    const QString language = Language::current();
    for (const RsitClass &rsit : Taxonomy::instance().rsit())
        if (rsit.term.key == rsitClass)
            for (const TaxonomyTerm &type : rsit.types)
                m_type->addItem(type.title.in(language), type.key);
    m_type->setEnabled(m_type->count() > 0 && m_session && !m_session->isReadOnly());
}

void IncidentDetailsTab::setIncident(WorkspaceSession *session, qint64 incidentId)
{
    const bool other = session != m_session || incidentId != m_id;
    m_session = session;
    PeopleCompleter::attach(m_assignee, session); // the owner from the people register; outsiders typed
    m_id = incidentId;
    m_zone = WorkspaceTimeZone::read(session->workspace());
    auto incident = IncidentRepository(session->workspace()).incident(incidentId);
    if (!incident)
        return;
    m_incident = *incident;
    showIncident(m_incident, other); // another incident: what was typed for the last one goes
    const bool writable = !session->isReadOnly();
    for (QWidget *w : findChildren<QLineEdit *>())
        static_cast<QLineEdit *>(w)->setReadOnly(!writable);
    for (QComboBox *c : findChildren<QComboBox *>())
        c->setEnabled(writable && (c != m_type || m_type->count() > 0));
    m_summary->setReadOnly(!writable);
    m_lessons->setReadOnly(!writable);
}

void IncidentDetailsTab::showIncident(const Incident &i, bool replaceTyping)
{
    m_loading = true;
    auto setLine = [replaceTyping](QLineEdit *edit, const QString &text) {
        if (replaceTyping || !edit->hasFocus() || edit->text() == text)
            edit->setText(text);
    };
    setLine(m_title, i.title);
    setLine(m_reporter, i.reporter);
    setLine(m_contact, i.contact);
    setLine(m_assignee, i.assignee);
    setLine(m_helpers, i.helpers);
    if (m_summary->text() != i.summary)
        m_summary->setText(i.summary);
    if (m_lessons->text() != i.lessons)
        m_lessons->setText(i.lessons);
    selectData(m_channel, i.channel);
    selectData(m_class, i.rsitClass);
    fillTypes(i.rsitClass);
    selectData(m_type, i.rsitType);
    selectData(m_jpcert, i.jpcert);
    selectData(m_tlp, i.tlp);
    selectData(m_impact, i.impact);
    selectData(m_urgency, i.urgency);
    selectData(m_priority, i.priorityReason.isEmpty() ? QString() : i.priority);
    if (!m_priority->hasFocus())
        m_priority->setItemText(0, tr("From the matrix (%1)").arg(i.priorityReason.isEmpty() ? i.priority : tr("overridden")));
    setLine(m_priorityReason, i.priorityReason);
    setLine(m_occurred, WorkspaceTimeZone::format(i.occurredUtc, m_zone));
    setLine(m_detected, WorkspaceTimeZone::format(i.detectedUtc, m_zone));
    setLine(m_reported, WorkspaceTimeZone::format(i.reportedUtc, m_zone));
    setLine(m_contained, WorkspaceTimeZone::format(i.containedUtc, m_zone));
    m_zoneLabel->setText(tr("Times in %1").arg(WorkspaceTimeZone::label(m_zone)));
    auto when = [this](const QDateTime &t) { return t.isValid() ? WorkspaceTimeZone::format(t, m_zone) : tr("—"); };
    m_milestones->setText(tr("Triaged: %1   Resolved: %2   Closed: %3")
                              .arg(when(i.triagedUtc), when(i.resolvedUtc), when(i.closedUtc)));
    const QStringList warnings = IncidentRepository::timeWarnings(i);
    m_warnings->setText(warnings.join(QLatin1Char('\n')));
    m_warnings->setVisible(!warnings.isEmpty());
    m_loading = false;
}

void IncidentDetailsTab::push(const QString &text, std::function<Result<void>(IncidentRepository &)> redo,
                              std::function<Result<void>(IncidentRepository &)> undo, int mergeId, const QVariant &mergeKey)
{
    WorkspaceSession *session = m_session;
    auto failed = std::make_shared<bool>(false);
    m_session->undoStack()->push(new FunctionCommand(
        session, QStringLiteral("incident"), text,
        [session, redo, failed] {
            IncidentRepository repo(session->workspace());
            auto done = redo(repo);
            *failed = !done;
            return done;
        },
        [session, undo] {
            IncidentRepository repo(session->workspace());
            return undo(repo);
        },
        mergeId, mergeKey));
    // Refused (the session shows why): the fields show what is stored, not the refused input.
    if (*failed)
        showIncident(m_incident, true);
}

void IncidentDetailsTab::commitText(IncidentRepository::TextField field, const QString &value)
{
    if (m_loading || !m_session || m_session->isReadOnly())
        return;
    using TF = IncidentRepository::TextField;
    const qint64 id = m_id;
    const Incident &i = m_incident;
    const QHash<int, QString> old = { { int(TF::Title), i.title },       { int(TF::Summary), i.summary },
                                      { int(TF::Reporter), i.reporter }, { int(TF::Contact), i.contact },
                                      { int(TF::Assignee), i.assignee }, { int(TF::Helpers), i.helpers },
                                      { int(TF::Lessons), i.lessons } };
    const QString before = old.value(int(field));
    const bool multiline = field == TF::Summary || field == TF::Lessons;
    const QString after = multiline ? value : value.trimmed();
    if (after == before)
        return;
    const int merge = field == TF::Title ? TitleMerge : field == TF::Summary ? SummaryMerge : field == TF::Lessons ? LessonsMerge : -1;
    push(tr("Edit incident"), [id, field, after](IncidentRepository &r) { return r.setText(id, field, after); },
         [id, field, before](IncidentRepository &r) { return r.setText(id, field, before); }, merge, id);
}

void IncidentDetailsTab::commitClassification()
{
    if (m_loading || !m_session)
        return;
    const qint64 id = m_id;
    const QString cls = m_class->currentData().toString(), type = m_type->currentData().toString(),
                  jpcert = m_jpcert->currentData().toString();
    const QString oldCls = m_incident.rsitClass, oldType = m_incident.rsitType, oldJpcert = m_incident.jpcert;
    const QString category = jpcert.isEmpty() && !cls.isEmpty() ? Taxonomy::instance().defaultJpcert(cls, type) : jpcert;
    if (cls == oldCls && (cls.isEmpty() || type == oldType) && category == oldJpcert)
        return;
    push(tr("Change classification"),
         [id, cls, type, jpcert](IncidentRepository &r) { return r.setClassification(id, cls, type, jpcert); },
         [id, oldCls, oldType, oldJpcert](IncidentRepository &r) { return r.setClassification(id, oldCls, oldType, oldJpcert); });
}

void IncidentDetailsTab::commitTlp()
{
    if (m_loading || !m_session)
        return;
    const qint64 id = m_id;
    const QString tlp = m_tlp->currentData().toString(), old = m_incident.tlp;
    if (tlp == old)
        return;
    push(tr("Change TLP to %1").arg(tlp), [id, tlp](IncidentRepository &r) { return r.setTlp(id, tlp); },
         [id, old](IncidentRepository &r) { return r.setTlp(id, old); });
}

void IncidentDetailsTab::commitImpactUrgency()
{
    if (m_loading || !m_session)
        return;
    const qint64 id = m_id;
    const QString impact = m_impact->currentData().toString(), urgency = m_urgency->currentData().toString();
    const QString oldImpact = m_incident.impact, oldUrgency = m_incident.urgency;
    if (impact == oldImpact && urgency == oldUrgency)
        return;
    push(tr("Change impact and urgency"),
         [id, impact, urgency](IncidentRepository &r) { return r.setImpactUrgency(id, impact, urgency); },
         [id, oldImpact, oldUrgency](IncidentRepository &r) { return r.setImpactUrgency(id, oldImpact, oldUrgency); });
}

void IncidentDetailsTab::commitPriority()
{
    if (m_loading || !m_session)
        return;
    const qint64 id = m_id;
    const QString priority = m_priority->currentData().toString();
    const QString reason = priority.isEmpty() ? QString() : m_priorityReason->text().trimmed();
    const QString oldPriority = m_incident.priorityReason.isEmpty() ? QString() : m_incident.priority;
    const QString oldReason = m_incident.priorityReason;
    if (priority == oldPriority && reason == oldReason)
        return;
    if (!priority.isEmpty() && reason.isEmpty()) {
        // Wait for the reason rather than refusing while the user is still filling the form in.
        if (!m_priorityReason->hasFocus())
            m_priorityReason->setFocus();
        return;
    }
    push(tr("Change priority"), [id, priority, reason](IncidentRepository &r) { return r.overridePriority(id, priority, reason); },
         [id, oldPriority, oldReason](IncidentRepository &r) { return r.overridePriority(id, oldPriority, oldReason); });
}

void IncidentDetailsTab::commitTime(IncidentRepository::TimeField field, QLineEdit *edit)
{
    if (m_loading || !m_session)
        return;
    using TimeF = IncidentRepository::TimeField;
    const QString text = edit->text().trimmed();
    const QDateTime utc = text.isEmpty() ? QDateTime() : WorkspaceTimeZone::parse(text, m_zone);
    if (!text.isEmpty() && !utc.isValid()) {
        MessageBox::critical(this, tr("Incident Time"),
                             tr("“%1” is not a time. Enter it as yyyy-MM-dd HH:mm, e.g. 2026-04-01 09:30, or leave it empty "
                                "if unknown.").arg(text));
        edit->setText(WorkspaceTimeZone::format(field == TimeF::Occurred   ? m_incident.occurredUtc
                                                : field == TimeF::Detected ? m_incident.detectedUtc
                                                : field == TimeF::Reported ? m_incident.reportedUtc
                                                                           : m_incident.containedUtc,
                                                m_zone));
        return;
    }
    const QDateTime old = field == TimeF::Occurred ? m_incident.occurredUtc
        : field == TimeF::Detected                 ? m_incident.detectedUtc
        : field == TimeF::Reported                 ? m_incident.reportedUtc
                                                   : m_incident.containedUtc;
    if (WorkspaceTimeZone::format(old, m_zone) == WorkspaceTimeZone::format(utc, m_zone))
        return;
    const qint64 id = m_id;
    push(tr("Change incident time"), [id, field, utc](IncidentRepository &r) { return r.setTime(id, field, utc); },
         [id, field, old](IncidentRepository &r) { return r.setTime(id, field, old); });
}

void IncidentDetailsTab::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    IncidentTab::changeEvent(event);
}

} // namespace csirtkit
