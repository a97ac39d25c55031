#include "exchange/ExportIncidentsDialog.h"

#include "ui_ExportIncidentsDialog.h"

#include "common/FileDialog.h"
#include "common/Language.h"
#include "common/MessageBox.h"
#include "exchange/CsvExporter.h"
#include "exchange/JsonExchange.h"
#include "exchange/MispExchange.h"
#include "exchange/StixExporter.h"
#include "incidents/TlpCeiling.h"
#include "incidents/Taxonomy.h"
#include "workspace/SqlUtil.h"
#include "workspace/Workspace.h"
#include "workspace/WorkspaceSession.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QProgressDialog>
#include <QPushButton>

namespace csirtkit {

ExportIncidentsDialog::ExportIncidentsDialog(WorkspaceSession *session, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::ExportIncidentsDialog>()), m_session(session)
{
    m_ui->setupUi(this);
    QComboBox *format = m_ui->exportFormatComboBox;
    format->addItem(tr("CSV — spreadsheets"), QStringLiteral("csv"));
    format->addItem(tr("CSIRT Kit JSON — everything, for another workspace"), QStringLiteral("json"));
    format->addItem(tr("MISP event JSON — for MISP instances"), QStringLiteral("misp"));
    format->addItem(tr("STIX 2.1 bundle — for threat intelligence platforms"), QStringLiteral("stix"));
    QComboBox *ceiling = m_ui->tlpCeilingComboBox;
    ceiling->addItem(tr("No ceiling: export every label"), QString());
    for (const TlpLabel &label : Taxonomy::instance().tlp())
        ceiling->addItem(tr("Up to %1").arg(label.key), label.key);
    ceiling->setCurrentIndex(ceiling->findData(QStringLiteral("TLP:AMBER")));
    ceiling->setWhatsThis(tr("<b>TLP ceiling</b>: incidents labelled above it (e.g. TLP:RED under an AMBER ceiling) are "
                             "left out of the file and named when the export is done. Choose the highest label the "
                             "recipients may receive."));

    QPushButton *go = m_ui->buttonBox->addButton(tr("Export…"), QDialogButtonBox::AcceptRole);
    go->setObjectName(QStringLiteral("exportButton"));
    connect(go, &QPushButton::clicked, this, &ExportIncidentsDialog::chooseFile);
    for (QRadioButton *r : { m_ui->scopeAllRadioButton, m_ui->scopeListRadioButton, m_ui->scopeOneRadioButton })
        connect(r, &QRadioButton::toggled, this, &ExportIncidentsDialog::updateNote);
    connect(ceiling, &QComboBox::currentIndexChanged, this, &ExportIncidentsDialog::updateNote);
    QComboBox *language = m_ui->csvLanguageComboBox;
    language->addItem(tr("English"), QStringLiteral("en"));
    language->addItem(tr("Japanese"), QStringLiteral("ja"));
    language->setCurrentIndex(language->findData(Language::current()));
    const auto chooseBom = [this] { // Excel reads a Japanese CSV as Shift_JIS without one
        m_ui->bomCheckBox->setChecked(m_ui->csvLanguageComboBox->currentData() == QLatin1String("ja"));
    };
    chooseBom();
    connect(language, &QComboBox::currentIndexChanged, this, chooseBom);
    connect(format, &QComboBox::currentIndexChanged, this, [this] {
        const bool csv = m_ui->exportFormatComboBox->currentData() == QLatin1String("csv");
        for (QWidget *w : std::initializer_list<QWidget *> { m_ui->bomCheckBox, m_ui->csvLanguageLabel, m_ui->csvLanguageComboBox,
                                                             m_ui->keysCheckBox })
            w->setVisible(csv);
    });
    setChoices({}, 0);
    resize(560, sizeHint().height());
}

ExportIncidentsDialog::~ExportIncidentsDialog() = default;

void ExportIncidentsDialog::setChoices(const QList<qint64> &listed, qint64 current)
{
    m_listed = listed;
    m_current = current;
    auto total = sql::scalar(m_session->workspace().db(), QStringLiteral("SELECT count(*) FROM incident"));
    m_ui->scopeAllRadioButton->setText(tr("All incidents (%1)").arg(total ? total->toLongLong() : 0));
    m_ui->scopeListRadioButton->setText(tr("The incidents in the list (%1)").arg(listed.size()));
    m_ui->scopeListRadioButton->setEnabled(!listed.isEmpty());
    QRadioButton *one = m_ui->scopeOneRadioButton;
    one->setEnabled(current > 0);
    QString ident;
    if (current > 0) {
        auto q = sql::scalar(m_session->workspace().db(), QStringLiteral("SELECT ident FROM incident WHERE id = ?"), { current });
        ident = q ? q->toString() : QString();
        one->setChecked(true);
    }
    one->setText(current > 0 ? tr("The open incident (%1)").arg(ident) : tr("The open incident"));
    updateNote();
}

QList<qint64> ExportIncidentsDialog::scopeIds() const
{
    if (m_ui->scopeOneRadioButton->isChecked() && m_current > 0)
        return { m_current };
    if (m_ui->scopeListRadioButton->isChecked())
        return m_listed;
    return {};
}

void ExportIncidentsDialog::updateNote()
{
    // What the ceiling leaves out, before anything is written.
    const QString ceiling = m_ui->tlpCeilingComboBox->currentData().toString();
    QLabel *note = m_ui->exportNoteLabel;
    QStringList above;
    for (const TlpLabel &label : Taxonomy::instance().tlp())
        if (!ceiling.isEmpty() && !TlpCeiling::allows(ceiling, label.key))
            above << QStringLiteral("'%1'").arg(label.key);
    if (above.isEmpty()) {
        note->setText(tr("Every incident in the scope is exported, with its TLP label."));
        return;
    }
    const QList<qint64> ids = scopeIds();
    QString sql = QStringLiteral("SELECT ident FROM incident WHERE tlp IN (%1)").arg(above.join(QLatin1Char(',')));
    if (!ids.isEmpty()) {
        QStringList list;
        for (qint64 id : ids)
            list << QString::number(id);
        sql += QStringLiteral(" AND id IN (%1)").arg(list.join(QLatin1Char(',')));
    }
    auto q = sql::exec(m_session->workspace().db(), sql + QStringLiteral(" ORDER BY id"));
    QStringList idents;
    int count = 0;
    while (q && q->next()) {
        if (++count <= 8)
            idents << q->value(0).toString();
    }
    if (count == 0)
        note->setText(tr("Nothing in the scope is above %1: every incident is exported.").arg(ceiling));
    else
        note->setText(tr("%n incident(s) above %1 will be left out: %2", nullptr, count)
                            .arg(ceiling, idents.join(QStringLiteral(", ")) + (count > 8 ? QStringLiteral(", …") : QString())));
}

void ExportIncidentsDialog::chooseFile()
{
    static const QHash<QString, QString> suffixes = { { QStringLiteral("csv"), QStringLiteral("csv") },
                                                      { QStringLiteral("json"), QStringLiteral("json") },
                                                      { QStringLiteral("misp"), QStringLiteral("misp.json") },
                                                      { QStringLiteral("stix"), QStringLiteral("stix.json") } };
    const QString kind = m_ui->exportFormatComboBox->currentData().toString();
    const QString base = QFileInfo(m_session->filePath()).absoluteDir().filePath(
        QFileInfo(m_session->filePath()).completeBaseName() + QStringLiteral("-incidents.") + suffixes.value(kind));
    const QString path = FileDialog::outputFileName(this, tr("Export Incidents"), base,
                                                    kind == QLatin1String("csv") ? tr("CSV file (*.csv)") : tr("JSON file (*.json)"),
                                                    m_session->filePath());
    if (!path.isEmpty() && exportTo(path))
        accept();
}

bool ExportIncidentsDialog::exportTo(const QString &path)
{
    ExportScope scope;
    scope.incidentIds = scopeIds();
    scope.tlpCeiling = m_ui->tlpCeilingComboBox->currentData().toString();
    Workspace &workspace = m_session->workspace();
    QProgressDialog progress(tr("Exporting incidents…"), tr("Cancel"), 0, 100, this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(500);
    auto tick = [&progress](qint64 done, qint64 total) {
        progress.setMaximum(int(qMin<qint64>(total, INT_MAX)));
        progress.setValue(int(qMin<qint64>(done, INT_MAX)));
        QApplication::processEvents();
        return !progress.wasCanceled();
    };
    const QString kind = m_ui->exportFormatComboBox->currentData().toString();
    Result<ExportSummary> summary = makeError(ErrorCode::Invalid, QString());
    if (kind == QLatin1String("csv")) {
        CsvExporter::Options options;
        options.scope = scope;
        options.bom = m_ui->bomCheckBox->isChecked();
        options.language = m_ui->csvLanguageComboBox->currentData().toString();
        if (m_ui->keysCheckBox->isChecked()) {
            options.header = CsvExporter::Header::Keys;
            options.values = CsvExporter::Values::Keys;
        }
        summary = CsvExporter(workspace).exportTo(path, options, tick);
    } else if (kind == QLatin1String("json")) {
        summary = JsonExchange(workspace).exportTo(path, scope, tick);
    } else if (kind == QLatin1String("misp")) {
        summary = MispExchange(workspace).exportTo(path, scope, tick);
    } else {
        summary = StixExporter::exportTo(workspace, scope, path);
    }
    progress.reset();
    if (!summary) {
        MessageBox::critical(this, tr("Export Incidents"), summary.error().message);
        return false;
    }
    QString text = tr("Exported %n incident(s) to “%1”.", nullptr, summary->incidents).arg(QFileInfo(path).fileName());
    if (!summary->omitted.isEmpty())
        text += QLatin1Char('\n') + tr("Left out:") + QLatin1Char('\n') + summary->omitted.mid(0, 10).join(QLatin1Char('\n'))
            + (summary->omitted.size() > 10 ? QStringLiteral("\n…") : QString());
    MessageBox::information(this, tr("Export Incidents"), text);
    return true;
}

} // namespace csirtkit
