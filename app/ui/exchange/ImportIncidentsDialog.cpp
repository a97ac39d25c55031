#include "exchange/ImportIncidentsDialog.h"

#include "ui_ImportIncidentsDialog.h"

#include "common/Config.h"
#include "common/FileDialog.h"
#include "common/MessageBox.h"
#include "exchange/CsvImporter.h"
#include "exchange/JsonExchange.h"
#include "exchange/MispExchange.h"
#include "workspace/WorkspaceSession.h"

#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QProgressDialog>
#include <QPushButton>

#include <algorithm>

namespace csirtkit {

namespace {

constexpr int PreviewRows = 20;
constexpr int TargetColumn = 2;

QString dateFormatTitle(const QString &format)
{
    return format == QLatin1String("iso8601") ? ImportIncidentsDialog::tr("ISO 8601") : format;
}

// Looks at the top-level keys of a JSON text (and at those of the first object of a top-level list)
// in its first bytes only, so a file of hundreds of megabytes is not parsed just to name its format.
std::optional<ImportIncidentsDialog::Format> sniffJson(QByteArrayView text)
{
    using Format = ImportIncidentsDialog::Format;
    qsizetype i = 0;
    const auto skipSpace = [&] {
        while (i < text.size() && (text[i] == ' ' || text[i] == '\t' || text[i] == '\n' || text[i] == '\r'))
            ++i;
    };
    const auto readString = [&] { // at the opening quote; returns the raw contents
        const qsizetype start = ++i;
        while (i < text.size() && text[i] != '"')
            i += text[i] == '\\' ? 2 : 1;
        const QByteArrayView contents = text.sliced(start, std::min(i, text.size()) - start);
        ++i;
        return contents;
    };
    int depth = 0;
    bool list = false;
    while (i < text.size()) {
        const char c = text[i];
        if (c == '"') {
            const QByteArrayView string = readString();
            skipSpace();
            if (i >= text.size() || text[i] != ':' || depth != (list ? 2 : 1))
                continue;
            ++i;
            if (string == "Event" || (!list && string == "response"))
                return Format::Misp;
            if (!list && string == "incidents")
                return Format::Json;
            skipSpace();
            if (!list && string == "format" && i < text.size() && text[i] == '"' && readString() == "csirtkit-incidents")
                return Format::Json;
        } else if (c == '{' || c == '[') {
            if (depth == 0)
                list = c == '[';
            ++depth;
            ++i;
        } else if (c == '}' || c == ']') {
            if (--depth <= 0)
                break;
            ++i;
        } else {
            ++i;
        }
    }
    return std::nullopt;
}

// A window-modal progress dialog whose callback lets the user cancel a check or an import.
class Progress
{
public:
    Progress(QWidget *parent, const QString &label) : m_dialog(label, ImportIncidentsDialog::tr("Cancel"), 0, 1000, parent)
    {
        m_dialog.setWindowTitle(ImportIncidentsDialog::tr("Import Incidents"));
        m_dialog.setWindowModality(Qt::WindowModal);
        m_dialog.setAutoReset(false);
        m_dialog.setAutoClose(false);
        m_dialog.setMinimumDuration(500);
        m_dialog.setValue(0);
    }

    std::function<bool(qint64, qint64)> callback()
    {
        return [this](qint64 done, qint64 total) {
            if (total > 0) {
                m_dialog.setMaximum(1000);
                m_dialog.setValue(int(std::clamp<qint64>(done * 1000 / total, 0, 1000)));
            } else {
                m_dialog.setMaximum(0); // the size is unknown: a busy indicator
            }
            QCoreApplication::processEvents();
            return !m_dialog.wasCanceled();
        };
    }
    bool cancelled() const { return m_dialog.wasCanceled(); }

private:
    QProgressDialog m_dialog;
};

} // namespace

ImportIncidentsDialog::ImportIncidentsDialog(WorkspaceSession *session, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::ImportIncidentsDialog>()), m_session(session)
{
    m_ui->setupUi(this);
    m_ui->importFormatComboBox->addItem(tr("CSV"), int(Format::Csv));
    m_ui->importFormatComboBox->addItem(tr("CSIRT Kit JSON"), int(Format::Json));
    m_ui->importFormatComboBox->addItem(tr("MISP event JSON"), int(Format::Misp));
    m_ui->mappingNameComboBox->lineEdit()->setPlaceholderText(tr("Name of a mapping to load or save"));
    QHeaderView *header = m_ui->mappingTableWidget->horizontalHeader();
    header->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(1, QHeaderView::Stretch);
    header->setSectionResizeMode(TargetColumn, QHeaderView::ResizeToContents);
    m_ui->dateFormatComboBox->addItem(tr("Detect"), QString());
    for (const QString &dateFormat : CsvImporter::dateFormats())
        m_ui->dateFormatComboBox->addItem(dateFormatTitle(dateFormat), dateFormat);
    m_ui->dateWarningLabel->hide();
    // Return in the file name must not start an import: no button is a default button.
    QPushButton *closeButton = m_ui->buttonBox->button(QDialogButtonBox::Close);
    closeButton->setAutoDefault(false);
    m_import = m_ui->buttonBox->addButton(tr("Import"), QDialogButtonBox::ActionRole);
    m_import->setObjectName(QStringLiteral("importButton"));
    m_import->setAutoDefault(false);
    setTabOrder(m_import, closeButton); // as the box shows them
    if (m_session->isReadOnly())
        m_import->setToolTip(tr("The workspace is open read-only; nothing can be imported into it."));

    connect(m_ui->browseImportButton, &QPushButton::clicked, this, &ImportIncidentsDialog::browse);
    connect(m_ui->importFileLineEdit, &QLineEdit::editingFinished, this, &ImportIncidentsDialog::openFile);
    connect(m_ui->importFileLineEdit, &QLineEdit::textChanged, this, &ImportIncidentsDialog::invalidate);
    connect(m_ui->importFormatComboBox, &QComboBox::currentIndexChanged, this, &ImportIncidentsDialog::loadFile);
    connect(m_ui->dateFormatComboBox, &QComboBox::currentIndexChanged, this, [this] {
        invalidate();
        updateDateDetection();
    });
    connect(m_ui->mappingNameComboBox, &QComboBox::activated, this, &ImportIncidentsDialog::loadNamedMapping);
    connect(m_ui->saveMappingButton, &QPushButton::clicked, this, &ImportIncidentsDialog::saveNamedMapping);
    connect(m_ui->checkImportButton, &QPushButton::clicked, this, &ImportIncidentsDialog::check);
    connect(m_import, &QPushButton::clicked, this, &ImportIncidentsDialog::runImport);

    loadMappingNames();
    updateButtons();
}

ImportIncidentsDialog::~ImportIncidentsDialog()
{
    // The children outlive this destructor; a line edit losing focus then must not call back.
    const QList<QObject *> children = findChildren<QObject *>();
    for (QObject *child : children)
        child->disconnect(this);
}

std::optional<ImportIncidentsDialog::Format> ImportIncidentsDialog::detectFormat(const QString &path)
{
    if (path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive))
        return Format::Csv;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    QByteArray head = file.read(256 * 1024);
    if (head.startsWith("\xEF\xBB\xBF"))
        head.remove(0, 3);
    const QByteArray start = head.trimmed().left(1);
    if (start != "{" && start != "[")
        return Format::Csv; // not JSON at all
    return sniffJson(head);
}

QString ImportIncidentsDialog::summary(const ImportReport &report)
{
    const auto blocking = std::count_if(report.issues.cbegin(), report.issues.cend(), [](const ImportIssue &issue) { return issue.blocking; });
    const auto notes = report.issues.size() - blocking;
    const QString counts = tr("%1, %2").arg(tr("%n new incident(s)", nullptr, report.toCreate),
                                            tr("%n already imported", nullptr, report.duplicates));
    if (blocking > 0)
        return tr("%1; %n problem(s) block the import.", nullptr, int(blocking)).arg(counts);
    if (notes > 0)
        return tr("%1; %n note(s), none blocks the import.", nullptr, int(notes)).arg(counts);
    return tr("%1; ready to import.").arg(counts);
}

ImportIncidentsDialog::Format ImportIncidentsDialog::format() const
{
    return Format(m_ui->importFormatComboBox->currentData().toInt());
}

void ImportIncidentsDialog::browse()
{
    const QString current = m_ui->importFileLineEdit->text().trimmed();
    const QString dir = QFileInfo(current.isEmpty() ? m_session->filePath() : current).absolutePath();
    const QString path = FileDialog::openFileName(this, tr("Import Incidents"), dir,
                                                  tr("Incident files (*.csv *.json);;CSV files (*.csv);;JSON files (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    m_ui->importFileLineEdit->setText(path);
    openFile();
}

// A new file name: pick its format, then read it.
void ImportIncidentsDialog::openFile()
{
    const QString path = m_ui->importFileLineEdit->text().trimmed();
    if (path == m_loadedPath) // editingFinished also comes when the focus just leaves
        return;
    if (const auto detected = detectFormat(path)) {
        QComboBox *formats = m_ui->importFormatComboBox;
        const QSignalBlocker blocker(formats);
        formats->setCurrentIndex(formats->findData(int(*detected)));
    }
    loadFile();
}

// Reads the file for the chosen format: a CSV file is loaded to show its columns; JSON and MISP
// files are read by Check and Import.
void ImportIncidentsDialog::loadFile()
{
    m_loadedPath = m_ui->importFileLineEdit->text().trimmed();
    m_csv.reset();
    m_ui->mappingTableWidget->setRowCount(0);
    QTableWidget *preview = m_ui->previewTableWidget;
    preview->clear();
    preview->setRowCount(0);
    preview->setColumnCount(0);
    m_ui->importSummaryLabel->clear();
    m_ui->importReportEdit->clear();
    m_ui->csvImportWidget->setVisible(format() == Format::Csv);
    if (format() == Format::Csv && !m_loadedPath.isEmpty()) {
        m_csv = std::make_unique<CsvImporter>(m_session->workspace());
        if (auto loaded = m_csv->load(m_loadedPath); !loaded) {
            m_csv.reset();
            showError(loaded.error().message);
        }
    }
    if (m_csv)
        fillCsvPage();
    invalidate();
    updateDateDetection();
}

void ImportIncidentsDialog::fillCsvPage()
{
    const QStringList &header = m_csv->header();
    QList<int> numbers;
    const QList<QStringList> rows = m_csv->preview(PreviewRows, &numbers);
    QTableWidget *mapping = m_ui->mappingTableWidget;
    mapping->setRowCount(int(header.size()));
    for (int r = 0; r < header.size(); ++r) {
        mapping->setItem(r, 0, new QTableWidgetItem(header.at(r)));
        QString sample;
        for (const QStringList &row : rows)
            if (!row.value(r).trimmed().isEmpty()) {
                sample = row.value(r).simplified();
                break;
            }
        mapping->setItem(r, 1, new QTableWidgetItem(sample));
        auto *target = new QComboBox(mapping);
        target->addItem(tr("(not imported)"), QString());
        for (const QString &key : CsvImporter::fieldKeys())
            target->addItem(CsvImporter::fieldTitle(key), key);
        connect(target, &QComboBox::currentIndexChanged, this, [this] {
            invalidate();
            updateDateDetection();
        });
        mapping->setCellWidget(r, TargetColumn, target);
    }
    QTableWidget *preview = m_ui->previewTableWidget;
    preview->setColumnCount(int(header.size()));
    preview->setHorizontalHeaderLabels(header);
    preview->setRowCount(int(rows.size()));
    // Rows numbered as the spreadsheet and the import report number them (the header is row 1).
    QStringList labels;
    for (int number : std::as_const(numbers))
        labels << QString::number(number);
    preview->setVerticalHeaderLabels(labels);
    for (int r = 0; r < rows.size(); ++r)
        for (int c = 0; c < rows.at(r).size(); ++c)
            preview->setItem(r, c, new QTableWidgetItem(rows.at(r).at(c)));
    preview->resizeColumnsToContents();
    for (int c = 0; c < preview->columnCount(); ++c)
        preview->setColumnWidth(c, std::min(preview->columnWidth(c), 280));
    applyMapping(m_csv->guessMapping());
}

void ImportIncidentsDialog::applyMapping(const CsvMapping &mapping)
{
    const QTableWidget *table = m_ui->mappingTableWidget;
    for (int r = 0; r < table->rowCount(); ++r) {
        auto *target = qobject_cast<QComboBox *>(table->cellWidget(r, TargetColumn));
        const QString field = mapping.columns.value(table->item(r, 0)->text());
        const QSignalBlocker blocker(target);
        target->setCurrentIndex(field.isEmpty() ? 0 : std::max(0, target->findData(field)));
    }
    QComboBox *dateFormat = m_ui->dateFormatComboBox;
    const QSignalBlocker blocker(dateFormat);
    dateFormat->setCurrentIndex(mapping.dateFormat.isEmpty() ? 0 : std::max(0, dateFormat->findData(mapping.dateFormat)));
    invalidate();
    updateDateDetection();
}

CsvMapping ImportIncidentsDialog::currentMapping() const
{
    CsvMapping result;
    const QTableWidget *table = m_ui->mappingTableWidget;
    for (int r = 0; r < table->rowCount(); ++r) {
        const auto *target = qobject_cast<QComboBox *>(table->cellWidget(r, TargetColumn));
        if (const QString field = target->currentData().toString(); !field.isEmpty())
            result.columns.insert(table->item(r, 0)->text(), field);
    }
    result.dateFormat = m_ui->dateFormatComboBox->currentData().toString();
    return result;
}

// Shows the detected date format in the "Detect" entry, and warns when it is a guess.
void ImportIncidentsDialog::updateDateDetection()
{
    const CsvMapping current = currentMapping();
    const bool hasDates = std::any_of(current.columns.cbegin(), current.columns.cend(), [](const QString &field) {
        return field == QLatin1String("occurred") || field == QLatin1String("detected") || field == QLatin1String("reported");
    });
    bool ambiguous = false;
    QComboBox *dateFormat = m_ui->dateFormatComboBox;
    if (m_csv && hasDates)
        dateFormat->setItemText(0, tr("Detect (%1)").arg(dateFormatTitle(m_csv->detectDateFormat(current, &ambiguous))));
    else
        dateFormat->setItemText(0, tr("Detect"));
    m_ui->dateWarningLabel->setVisible(ambiguous && current.dateFormat.isEmpty());
}

void ImportIncidentsDialog::loadMappingNames()
{
    QComboBox *names = m_ui->mappingNameComboBox;
    const QString text = names->currentText();
    names->clear();
    if (auto stored = CsvImporter(m_session->workspace()).mappingNames())
        names->addItems(*stored);
    names->setCurrentIndex(-1);
    names->setEditText(text);
}

void ImportIncidentsDialog::loadNamedMapping(int index)
{
    if (!m_csv || index < 0)
        return;
    auto loaded = CsvImporter(m_session->workspace()).mapping(m_ui->mappingNameComboBox->itemText(index));
    if (!loaded) {
        MessageBox::critical(this, tr("Import Incidents"), loaded.error().message);
        return;
    }
    applyMapping(*loaded);
}

void ImportIncidentsDialog::saveNamedMapping()
{
    const QString name = m_ui->mappingNameComboBox->currentText().trimmed();
    if (auto saved = CsvImporter(m_session->workspace()).saveMapping(name, currentMapping()); !saved) {
        MessageBox::critical(this, tr("Save Mapping"), saved.error().message);
        return;
    }
    m_session->notifyChanged(QStringLiteral("csv_mapping"));
    loadMappingNames();
    m_ui->mappingNameComboBox->setEditText(name);
}

void ImportIncidentsDialog::check()
{
    const QString path = m_ui->importFileLineEdit->text().trimmed();
    if (path != m_loadedPath)
        openFile();
    else if (format() == Format::Csv && !m_csv && !path.isEmpty())
        loadFile(); // read it again: it may have been fixed since
    if (path.isEmpty()) {
        showError(tr("Choose the file to import first."));
        return;
    }
    if (format() == Format::Csv && !m_csv)
        return; // loadFile() has said why
    Progress progress(this, tr("Checking “%1”…").arg(QFileInfo(path).fileName()));
    const Result<ImportReport> report = [&]() -> Result<ImportReport> {
        switch (format()) {
        case Format::Csv:
            return m_csv->validate(currentMapping(), progress.callback());
        case Format::Json:
            return JsonExchange(m_session->workspace()).validateFile(path, progress.callback());
        case Format::Misp:
            return MispExchange(m_session->workspace()).validateFile(path);
        }
        Q_UNREACHABLE_RETURN(makeError(ErrorCode::Invalid, QString()));
    }();
    if (!report) {
        showError(report.error().message);
        return;
    }
    m_ui->importSummaryLabel->setText(summary(report.value()));
    m_ui->importReportEdit->setPlainText(report->text());
    m_checked = report->ok();
    updateButtons();
}

void ImportIncidentsDialog::runImport()
{
    if (!m_checked || m_session->isReadOnly())
        return;
    const QString path = m_ui->importFileLineEdit->text().trimmed();
    const QString author = Config::get(Config::Key::UserName).toString();
    bool cancelled = false;
    const Result<ImportReport> imported = [&]() -> Result<ImportReport> {
        Progress progress(this, tr("Importing “%1”…").arg(QFileInfo(path).fileName()));
        const auto result = [&]() -> Result<ImportReport> {
            switch (format()) {
            case Format::Csv:
                return m_csv->import(currentMapping(), author, progress.callback());
            case Format::Json:
                return JsonExchange(m_session->workspace()).importFile(path, progress.callback());
            case Format::Misp:
                return MispExchange(m_session->workspace()).importFile(path, author);
            }
            Q_UNREACHABLE_RETURN(makeError(ErrorCode::Invalid, QString()));
        }();
        cancelled = progress.cancelled();
        return result;
    }();
    if (!imported) {
        m_ui->importReportEdit->setPlainText(imported.error().message);
        if (cancelled) {
            MessageBox::information(this, tr("Import Incidents"), imported.error().message);
        } else {
            m_ui->importSummaryLabel->setText(tr("Nothing was imported."));
            m_checked = false; // the workspace or the file differs from what was checked
            updateButtons();
            MessageBox::critical(this, tr("Import Incidents"), imported.error().message);
        }
        return;
    }
    m_session->notifyChanged(QStringLiteral("incident"));
    MessageBox::information(this, tr("Import Incidents"), imported->text().section(QLatin1Char('\n'), -1));
    accept();
}

void ImportIncidentsDialog::showError(const QString &message)
{
    m_ui->importSummaryLabel->clear();
    m_ui->importReportEdit->setPlainText(message);
    m_checked = false;
    updateButtons();
}

void ImportIncidentsDialog::invalidate()
{
    m_checked = false;
    updateButtons();
}

void ImportIncidentsDialog::updateButtons()
{
    const bool writable = !m_session->isReadOnly();
    m_ui->saveMappingButton->setEnabled(writable && m_csv);
    m_ui->checkImportButton->setEnabled(!m_ui->importFileLineEdit->text().trimmed().isEmpty());
    m_import->setEnabled(writable && m_checked);
}

} // namespace csirtkit
