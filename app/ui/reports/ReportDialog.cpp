#include "reports/ReportDialog.h"

#include "ui_ReportDialog.h"

#include "common/FileDialog.h"
#include "common/Language.h"
#include "common/MessageBox.h"
#include "reports/IncidentReport.h"
#include "reports/PeriodReport.h"
#include "incidents/IncidentRepository.h"
#include "incidents/Taxonomy.h"
#include "workspace/WorkspaceSession.h"

#include "common/TextRules.h"
#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QFileInfo>
#include <QPushButton>

namespace csirtkit {

ReportDialog::ReportDialog(WorkspaceSession *session, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::ReportDialog>()), m_session(session)
{
    m_ui->setupUi(this);
    QComboBox *language = m_ui->reportLanguageComboBox;
    language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    language->addItem(QStringLiteral("日本語"), QStringLiteral("ja"));
    language->setCurrentIndex(language->findData(Language::current()));
    m_ui->reportCeilingComboBox->addItem(tr("No ceiling"), QString());
    for (const TlpLabel &label : Taxonomy::instance().tlp())
        m_ui->reportCeilingComboBox->addItem(tr("Up to %1").arg(label.key), label.key);
    const QList<IncidentReport::Section> sections = IncidentReport::sections();
    QWidget *previous = m_ui->reportCeilingComboBox;
    for (int i = 0; i < sections.size(); ++i) {
        auto *box = new QCheckBox(IncidentReport::sectionTitle(sections.at(i)), this);
        box->setObjectName(QStringLiteral("section_%1CheckBox").arg(IncidentReport::sectionKey(sections.at(i))));
        box->setChecked(true);
        m_sections << box;
        m_ui->sectionsGridLayout->addWidget(box, i / 3, i % 3);
        setTabOrder(previous, box); // before the buttons, made by the form
        previous = box;
    }
    QPushButton *save = m_ui->buttonBox->addButton(tr("Save Report…"), QDialogButtonBox::AcceptRole);
    save->setObjectName(QStringLiteral("saveReportButton"));
    connect(save, &QPushButton::clicked, this, &ReportDialog::chooseFile);
}

ReportDialog::~ReportDialog() = default;

void ReportDialog::setIncident(qint64 incidentId)
{
    m_incident = incidentId;
    auto incident = IncidentRepository(m_session->workspace()).incident(incidentId);
    m_ui->whatLabel->setText(
        incident ? tr("Incident report for %1 “%2”.").arg(incident->ident, TextRules::visible(incident->title)) : QString());
    QComboBox *ceiling = m_ui->reportCeilingComboBox;
    if (incident)
        ceiling->setCurrentIndex(qMax(0, ceiling->findData(incident->tlp)));
    for (QCheckBox *box : std::as_const(m_sections))
        box->setVisible(true);
    m_ui->sectionsLabel->setVisible(true);
}

void ReportDialog::setPeriod(const QDate &from, const QDate &to)
{
    m_incident = 0;
    m_from = from;
    m_to = to;
    m_ui->whatLabel->setText(tr("Period report from %1 to %2: reports received, incidents, coordinations, categories, "
                                "priorities, response times and a month-by-month chart.")
                                 .arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate)));
    m_ui->reportCeilingComboBox->setCurrentIndex(m_ui->reportCeilingComboBox->findData(QStringLiteral("TLP:AMBER")));
    for (QCheckBox *box : std::as_const(m_sections))
        box->setVisible(false);
    m_ui->sectionsLabel->setVisible(false); // a period report has no sections to choose
}

void ReportDialog::chooseFile()
{
    const QString stem = m_incident ? QStringLiteral("incident-report.pdf") : QStringLiteral("period-report.pdf");
    const QString path = FileDialog::outputFileName(this, tr("Save Report"),
                                                    QFileInfo(m_session->filePath()).absoluteDir().filePath(stem),
                                                    tr("PDF document (*.pdf);;OpenDocument text (*.odt);;Web page (*.html);;"
                                                       "Markdown (*.md)"),
                                                    m_session->filePath(), QStringLiteral("pdf"));
    if (path.isEmpty())
        return;
    if (writeTo(path))
        accept();
}

bool ReportDialog::writeTo(const QString &path)
{
    Result<void> written;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    if (m_incident) {
        IncidentReport::Options options;
        options.language = m_ui->reportLanguageComboBox->currentData().toString();
        options.tlpCeiling = m_ui->reportCeilingComboBox->currentData().toString();
        const QList<IncidentReport::Section> sections = IncidentReport::sections();
        for (int i = 0; i < sections.size(); ++i)
            if (!m_sections.at(i)->isChecked())
                options.leaveOut.insert(sections.at(i));
        written = IncidentReport::write(m_session->workspace(), m_incident, options, path);
    } else {
        PeriodReport::Options options;
        options.from = m_from;
        options.to = m_to;
        options.language = m_ui->reportLanguageComboBox->currentData().toString();
        options.tlpCeiling = m_ui->reportCeilingComboBox->currentData().toString();
        written = PeriodReport::write(m_session->workspace(), options, path);
    }
    QApplication::restoreOverrideCursor();
    if (!written) {
        MessageBox::critical(this, tr("Report"), written.error().message);
        return false;
    }
    MessageBox::information(this, tr("Report"), tr("The report was saved to “%1”.").arg(QDir::toNativeSeparators(path)));
    return true;
}

} // namespace csirtkit
