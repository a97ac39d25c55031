#include "incidents/NewIncidentDialog.h"

#include "common/Config.h"
#include "common/Language.h"
#include "incidents/IncidentRepository.h"
#include "incidents/IncidentTasks.h"
#include "incidents/Taxonomy.h"
#include "workspace/WorkspaceSession.h"
#include "workspace/WorkspaceTimeZone.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>

namespace csirtkit {

NewIncidentDialog::NewIncidentDialog(WorkspaceSession *session, QWidget *parent)
    : QDialog(parent), m_session(session), m_title(new QLineEdit(this)), m_summary(new QPlainTextEdit(this)),
      m_reporter(new QLineEdit(this)), m_channel(new QComboBox(this)), m_contact(new QLineEdit(this)),
      m_class(new QComboBox(this)), m_type(new QComboBox(this)), m_tlp(new QComboBox(this)), m_impact(new QComboBox(this)),
      m_urgency(new QComboBox(this)), m_detected(new QLineEdit(this)), m_assignee(new QLineEdit(this)), m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("newIncidentDialog"));
    setWindowTitle(tr("New Incident"));
    const QString language = Language::current();
    const Taxonomy &tax = Taxonomy::instance();
    m_title->setObjectName(QStringLiteral("newTitleLineEdit"));
    m_title->setMaxLength(300);
    m_title->setPlaceholderText(tr("Short description, e.g. “Phishing mail to the finance team”"));
    m_summary->setObjectName(QStringLiteral("newSummaryEdit"));
    m_summary->setTabChangesFocus(true);
    m_summary->setPlaceholderText(tr("What was reported, what is affected, what is known so far"));
    m_reporter->setObjectName(QStringLiteral("newReporterLineEdit"));
    m_channel->setObjectName(QStringLiteral("newChannelComboBox"));
    for (const TaxonomyTerm &term : tax.reportChannels())
        m_channel->addItem(term.title.in(language), term.key);
    m_contact->setObjectName(QStringLiteral("newContactLineEdit"));
    m_contact->setPlaceholderText(tr("E-mail or phone number for questions and call-backs"));
    m_class->setObjectName(QStringLiteral("newClassComboBox"));
    m_class->addItem(tr("Not classified yet"), QString());
    for (const RsitClass &rsit : tax.rsit())
        m_class->addItem(rsit.term.title.in(language), rsit.term.key);
    m_type->setObjectName(QStringLiteral("newTypeComboBox"));
    m_tlp->setObjectName(QStringLiteral("newTlpComboBox"));
    for (const TlpLabel &label : tax.tlp()) {
        m_tlp->addItem(label.key, label.key);
        m_tlp->setItemData(m_tlp->count() - 1, label.description.in(language), Qt::ToolTipRole);
    }
    m_tlp->setCurrentIndex(m_tlp->findData(QStringLiteral("TLP:AMBER")));
    for (QComboBox *combo : { m_impact, m_urgency }) {
        for (const TaxonomyTerm &term : tax.levels())
            combo->addItem(term.title.in(language), term.key);
        combo->setCurrentIndex(combo->findData(QStringLiteral("medium")));
    }
    m_impact->setObjectName(QStringLiteral("newImpactComboBox"));
    m_urgency->setObjectName(QStringLiteral("newUrgencyComboBox"));
    const QTimeZone zone = WorkspaceTimeZone::read(session->workspace());
    m_detected->setObjectName(QStringLiteral("newDetectedLineEdit"));
    m_detected->setText(WorkspaceTimeZone::format(QDateTime::currentDateTimeUtc(), zone));
    m_assignee->setObjectName(QStringLiteral("newAssigneeLineEdit"));
    m_assignee->setText(Config::get(Config::Key::UserName).toString());
    m_error->setObjectName(QStringLiteral("newIncidentErrorLabel"));
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c0392b;"));
    m_error->hide();

    auto *form = new QFormLayout(this);
    form->addRow(tr("Title:"), m_title);
    form->addRow(tr("Summary:"), m_summary);
    form->addRow(tr("Reporter:"), m_reporter);
    form->addRow(tr("Reported via:"), m_channel);
    form->addRow(tr("Contact:"), m_contact);
    form->addRow(tr("RSIT class:"), m_class);
    form->addRow(tr("RSIT type:"), m_type);
    form->addRow(tr("TLP:"), m_tlp);
    form->addRow(tr("Impact:"), m_impact);
    form->addRow(tr("Urgency:"), m_urgency);
    form->addRow(tr("Detected (%1):").arg(WorkspaceTimeZone::label(zone)), m_detected);
    form->addRow(tr("Assignee:"), m_assignee);
    form->addRow(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    ok->setObjectName(QStringLiteral("createIncidentButton"));
    ok->setText(tr("Log Incident"));
    ok->setEnabled(false);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &NewIncidentDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_title, &QLineEdit::textChanged, ok, [ok](const QString &text) { ok->setEnabled(!text.trimmed().isEmpty()); });
    connect(m_class, &QComboBox::currentIndexChanged, this, &NewIncidentDialog::fillTypes);
    fillTypes();
    resize(560, sizeHint().height());
}

NewIncidentDialog::~NewIncidentDialog() = default;

void NewIncidentDialog::fillTypes()
{
    m_type->clear();
    const QString language = Language::current();
    for (const RsitClass &rsit : Taxonomy::instance().rsit())
        if (rsit.term.key == m_class->currentData().toString())
            for (const TaxonomyTerm &type : rsit.types)
                m_type->addItem(type.title.in(language), type.key);
    m_type->setEnabled(m_type->count() > 0);
}

void NewIncidentDialog::accept()
{
    IncidentDraft draft;
    draft.title = m_title->text();
    draft.summary = m_summary->toPlainText();
    draft.reporter = m_reporter->text();
    draft.channel = m_channel->currentData().toString();
    draft.contact = m_contact->text();
    draft.rsitClass = m_class->currentData().toString();
    draft.rsitType = m_type->currentData().toString();
    draft.tlp = m_tlp->currentData().toString();
    draft.impact = m_impact->currentData().toString();
    draft.urgency = m_urgency->currentData().toString();
    draft.assignee = m_assignee->text();
    const QString detected = m_detected->text().trimmed();
    if (!detected.isEmpty()) {
        draft.detectedUtc = WorkspaceTimeZone::parse(detected, WorkspaceTimeZone::read(m_session->workspace()));
        QString problem;
        if (!draft.detectedUtc.isValid())
            problem = tr("“%1” is not a time. Enter it as yyyy-MM-dd HH:mm, or leave it empty if unknown.").arg(detected);
        else if (draft.detectedUtc > QDateTime::currentDateTimeUtc().addDays(1)) // the tolerance of later edits
            problem = tr("%1 is in the future. Enter when it really happened.").arg(detected);
        if (!problem.isEmpty()) {
            m_error->setText(problem);
            m_error->show();
            m_detected->setFocus();
            return;
        }
    }
    auto created = IncidentRepository(m_session->workspace()).create(draft, Config::get(Config::Key::UserName).toString());
    if (!created) {
        m_error->setText(created.error().message);
        m_error->show();
        return;
    }
    m_created = *created;
    // The category's playbook gives the team its first checklist right away.
    IncidentTasks tasks(m_session->workspace());
    for (const QString &playbook : IncidentTasks::suggested(draft.rsitClass, draft.rsitType, QString()))
        if (auto applied = tasks.applyPlaybook(m_created, playbook); !applied)
            m_session->notifyFailed(applied.error());
    m_session->notifyChanged(QStringLiteral("incident"));
    QDialog::accept();
}

} // namespace csirtkit
