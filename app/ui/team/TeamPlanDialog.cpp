#include "team/TeamPlanDialog.h"

#include "common/FileDialog.h"
#include "common/Language.h"
#include "common/MessageBox.h"
#include "documents/DocumentFormat.h"
#include "incidents/Taxonomy.h"
#include "team/TeamPlanDocument.h"
#include "workspace/Workspace.h"
#include "workspace/WorkspaceSession.h"

#include "ui_TeamPlanDialog.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QPushButton>

namespace csirtkit {

TeamPlanDialog::TeamPlanDialog(WorkspaceSession *session, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<::Ui::TeamPlanDialog>()), m_session(session)
{
    m_ui->setupUi(this);
    m_ui->languageComboBox->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_ui->languageComboBox->addItem(QStringLiteral("日本語"), QStringLiteral("ja"));
    setLanguage(Language::current());
    for (const TlpLabel &label : Taxonomy::instance().tlp())
        m_ui->tlpComboBox->addItem(label.key, label.key);
    m_ui->tlpComboBox->setCurrentIndex(std::max(0, m_ui->tlpComboBox->findData(QStringLiteral("TLP:AMBER"))));
    const QDate monday = QDate::currentDate().addDays(1 - QDate::currentDate().dayOfWeek());
    m_ui->fromDateEdit->setDate(monday);
    m_ui->toDateEdit->setDate(monday.addDays(8 * 7 - 1));
    connect(m_ui->buttonBox->button(QDialogButtonBox::Save), &QPushButton::clicked, this, &TeamPlanDialog::chooseFile);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &TeamPlanDialog::reject);
}

TeamPlanDialog::~TeamPlanDialog() = default;

void TeamPlanDialog::setContacts(bool on)
{
    m_ui->contactsCheckBox->setChecked(on);
}

void TeamPlanDialog::setLanguage(const QString &language)
{
    m_ui->languageComboBox->setCurrentIndex(std::max(0, m_ui->languageComboBox->findData(language)));
}

void TeamPlanDialog::chooseFile()
{
    const QString path = FileDialog::outputFileName(this, tr("Save Staffing Plan"),
                                                    QFileInfo(m_session->filePath()).absoluteDir().filePath(QStringLiteral("staffing-plan.pdf")),
                                                    tr("PDF document (*.pdf);;OpenDocument text (*.odt);;Web page (*.html);;"
                                                       "Markdown (*.md)"),
                                                    m_session->filePath(), QStringLiteral("pdf"));
    if (!path.isEmpty() && writeTo(path))
        accept();
}

bool TeamPlanDialog::writeTo(const QString &path)
{
    auto format = DocumentFormats::requireForPath(path);
    if (!format) {
        MessageBox::critical(this, tr("Staffing Plan"), format.error().message);
        return false;
    }
    TeamPlanDocument::Options options;
    options.language = m_ui->languageComboBox->currentData().toString();
    options.tlp = m_ui->tlpComboBox->currentData().toString();
    options.contacts = m_ui->contactsCheckBox->isChecked();
    options.rotaFrom = m_ui->fromDateEdit->date();
    options.rotaTo = std::max(m_ui->toDateEdit->date(), options.rotaFrom);
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto written = TeamPlanDocument::write(m_session->workspace(), *format, options, path);
    QApplication::restoreOverrideCursor();
    if (!written) {
        MessageBox::critical(this, tr("Staffing Plan"), written.error().message);
        return false;
    }
    MessageBox::information(this, tr("Staffing Plan"), tr("The staffing plan was saved to “%1”.").arg(QDir::toNativeSeparators(path)));
    return true;
}

} // namespace csirtkit
