#include "incidents/NewIncidentDialog.h"

#include "ui_NewIncidentDialog.h"

#include "common/Config.h"
#include "common/Language.h"
#include "incidents/IncidentRepository.h"
#include "incidents/IncidentTasks.h"
#include "incidents/Taxonomy.h"
#include "workspace/WorkspaceSession.h"
#include "workspace/WorkspaceTimeZone.h"

#include <QPushButton>

namespace csirtkit {

NewIncidentDialog::NewIncidentDialog(WorkspaceSession *session, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::NewIncidentDialog>()), m_session(session)
{
    m_ui->setupUi(this);
    const QString language = Language::current();
    const Taxonomy &tax = Taxonomy::instance();
    for (const TaxonomyTerm &term : tax.reportChannels())
        m_ui->newChannelComboBox->addItem(term.title.in(language), term.key);
    m_ui->newClassComboBox->addItem(tr("Not classified yet"), QString());
    for (const RsitClass &rsit : tax.rsit())
        m_ui->newClassComboBox->addItem(rsit.term.title.in(language), rsit.term.key);
    QComboBox *tlp = m_ui->newTlpComboBox;
    for (const TlpLabel &label : tax.tlp()) {
        tlp->addItem(label.key, label.key);
        tlp->setItemData(tlp->count() - 1, label.description.in(language), Qt::ToolTipRole);
    }
    tlp->setCurrentIndex(tlp->findData(QStringLiteral("TLP:AMBER")));
    for (QComboBox *combo : { m_ui->newImpactComboBox, m_ui->newUrgencyComboBox }) {
        for (const TaxonomyTerm &term : tax.levels())
            combo->addItem(term.title.in(language), term.key);
        combo->setCurrentIndex(combo->findData(QStringLiteral("medium")));
    }
    const QTimeZone zone = WorkspaceTimeZone::read(session->workspace());
    m_ui->detectedLabel->setText(tr("Detected (%1):").arg(WorkspaceTimeZone::label(zone)));
    m_ui->newDetectedLineEdit->setText(WorkspaceTimeZone::format(QDateTime::currentDateTimeUtc(), zone));
    m_ui->newAssigneeLineEdit->setText(Config::get(Config::Key::UserName).toString());
    m_ui->newIncidentErrorLabel->hide();

    QPushButton *ok = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    ok->setObjectName(QStringLiteral("createIncidentButton"));
    ok->setText(tr("Log Incident"));
    ok->setEnabled(false);
    connect(m_ui->newTitleLineEdit, &QLineEdit::textChanged, ok,
            [ok](const QString &text) { ok->setEnabled(!text.trimmed().isEmpty()); });
    connect(m_ui->newClassComboBox, &QComboBox::currentIndexChanged, this, &NewIncidentDialog::fillTypes);
    fillTypes();
    resize(560, sizeHint().height());
}

NewIncidentDialog::~NewIncidentDialog() = default;

void NewIncidentDialog::fillTypes()
{
    QComboBox *types = m_ui->newTypeComboBox;
    types->clear();
    const QString language = Language::current();
    for (const RsitClass &rsit : Taxonomy::instance().rsit())
        if (rsit.term.key == m_ui->newClassComboBox->currentData().toString())
            for (const TaxonomyTerm &type : rsit.types)
                types->addItem(type.title.in(language), type.key);
    types->setEnabled(types->count() > 0);
}

void NewIncidentDialog::accept()
{
    IncidentDraft draft;
    draft.title = m_ui->newTitleLineEdit->text();
    draft.summary = m_ui->newSummaryEdit->toPlainText();
    draft.reporter = m_ui->newReporterLineEdit->text();
    draft.channel = m_ui->newChannelComboBox->currentData().toString();
    draft.contact = m_ui->newContactLineEdit->text();
    draft.rsitClass = m_ui->newClassComboBox->currentData().toString();
    draft.rsitType = m_ui->newTypeComboBox->currentData().toString();
    draft.tlp = m_ui->newTlpComboBox->currentData().toString();
    draft.impact = m_ui->newImpactComboBox->currentData().toString();
    draft.urgency = m_ui->newUrgencyComboBox->currentData().toString();
    draft.assignee = m_ui->newAssigneeLineEdit->text();
    const QString detected = m_ui->newDetectedLineEdit->text().trimmed();
    if (!detected.isEmpty()) {
        draft.detectedUtc = WorkspaceTimeZone::parse(detected, WorkspaceTimeZone::read(m_session->workspace()));
        QString problem;
        if (!draft.detectedUtc.isValid())
            problem = tr("“%1” is not a time. Enter it as yyyy-MM-dd HH:mm, or leave it empty if unknown.").arg(detected);
        else if (draft.detectedUtc > QDateTime::currentDateTimeUtc().addDays(1)) // the tolerance of later edits
            problem = tr("%1 is in the future. Enter when it really happened.").arg(detected);
        if (!problem.isEmpty()) {
            m_ui->newIncidentErrorLabel->setText(problem);
            m_ui->newIncidentErrorLabel->show();
            m_ui->newDetectedLineEdit->setFocus();
            return;
        }
    }
    auto created = IncidentRepository(m_session->workspace()).create(draft, Config::get(Config::Key::UserName).toString());
    if (!created) {
        m_ui->newIncidentErrorLabel->setText(created.error().message);
        m_ui->newIncidentErrorLabel->show();
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
