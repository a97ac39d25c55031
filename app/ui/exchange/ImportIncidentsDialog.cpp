#include "exchange/ImportIncidentsDialog.h"

#include "common/Config.h"
#include "common/FileDialog.h"
#include "common/MessageBox.h"
#include "exchange/CsvImporter.h"
#include "exchange/JsonExchange.h"
#include "exchange/MispExchange.h"
#include "workspace/WorkspaceSession.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

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

QPushButton *pushButton(const QString &text, const QString &name, QWidget *parent)
{
    auto *button = new QPushButton(text, parent);
    button->setObjectName(name);
    button->setAutoDefault(false); // Return in the file name must not start an import
    return button;
}

QTableWidget *table(const QString &name, QWidget *parent)
{
    auto *widget = new QTableWidget(parent);
    widget->setObjectName(name);
    widget->setEditTriggers(QAbstractItemView::NoEditTriggers);
    widget->verticalHeader()->hide();
    widget->horizontalHeader()->setStretchLastSection(true);
    return widget;
}

} // namespace

ImportIncidentsDialog::ImportIncidentsDialog(WorkspaceSession *session, QWidget *parent)
    : QDialog(parent),
      m_session(session),
      m_file(new QLineEdit(this)),
      m_format(new QComboBox(this)),
      m_csvPage(new QWidget(this)),
      m_mappingTable(table(QStringLiteral("mappingTableWidget"), this)),
      m_dateFormat(new QComboBox(this)),
      m_dateWarning(new QLabel(this)),
      m_preview(table(QStringLiteral("previewTableWidget"), this)),
      m_mappingName(new QComboBox(this)),
      m_saveMapping(pushButton(tr("Save Mapping"), QStringLiteral("saveMappingButton"), this)),
      m_check(pushButton(tr("Check"), QStringLiteral("checkImportButton"), this)),
      m_summary(new QLabel(this)),
      m_report(new QPlainTextEdit(this)),
      m_import(pushButton(tr("Import"), QStringLiteral("importButton"), this))
{
    setWindowTitle(tr("Import Incidents"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    auto *fileRow = new QHBoxLayout;
    m_file->setObjectName(QStringLiteral("importFileLineEdit"));
    m_file->setPlaceholderText(tr("A CSV file, a CSIRT Kit JSON export or a MISP event"));
    fileRow->addWidget(m_file, 1);
    auto *browseButton = pushButton(tr("Browse…"), QStringLiteral("browseImportButton"), this);
    fileRow->addWidget(browseButton);
    auto *fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(m_file); // a label made by addRow() for a layout would show the "&"
    form->addRow(fileLabel, fileRow);
    m_format->setObjectName(QStringLiteral("importFormatComboBox"));
    m_format->addItem(tr("CSV"), int(Format::Csv));
    m_format->addItem(tr("CSIRT Kit JSON"), int(Format::Json));
    m_format->addItem(tr("MISP event JSON"), int(Format::Misp));
    form->addRow(tr("F&ormat:"), m_format);
    layout->addLayout(form);

    // The CSV page: remembered mappings, the column mapping, the date format and a preview.
    m_csvPage->setObjectName(QStringLiteral("csvImportWidget"));
    auto *csvLayout = new QVBoxLayout(m_csvPage);
    csvLayout->setContentsMargins(0, 0, 0, 0);
    auto *mappingRow = new QHBoxLayout;
    m_mappingName->setObjectName(QStringLiteral("mappingNameComboBox"));
    m_mappingName->setEditable(true);
    m_mappingName->setInsertPolicy(QComboBox::NoInsert);
    m_mappingName->lineEdit()->setPlaceholderText(tr("Name of a mapping to load or save"));
    auto *mappingLabel = new QLabel(tr("Remembered &mapping:"), this);
    mappingLabel->setBuddy(m_mappingName);
    mappingRow->addWidget(mappingLabel);
    mappingRow->addWidget(m_mappingName, 1);
    mappingRow->addWidget(m_saveMapping);
    csvLayout->addLayout(mappingRow);
    m_mappingTable->setColumnCount(3);
    m_mappingTable->setHorizontalHeaderLabels({ tr("Column"), tr("Sample"), tr("Import As") });
    m_mappingTable->horizontalHeader()->setStretchLastSection(false);
    m_mappingTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_mappingTable->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_mappingTable->horizontalHeader()->setSectionResizeMode(TargetColumn, QHeaderView::ResizeToContents);
    m_preview->setWordWrap(false);
    auto *dateRow = new QHBoxLayout;
    m_dateFormat->setObjectName(QStringLiteral("dateFormatComboBox"));
    m_dateFormat->addItem(tr("Detect"), QString());
    for (const QString &dateFormat : CsvImporter::dateFormats())
        m_dateFormat->addItem(dateFormatTitle(dateFormat), dateFormat);
    auto *dateLabel = new QLabel(tr("&Date format:"), this);
    dateLabel->setBuddy(m_dateFormat);
    dateRow->addWidget(dateLabel);
    dateRow->addWidget(m_dateFormat);
    dateRow->addStretch(1);
    csvLayout->addLayout(dateRow);
    m_dateWarning->setObjectName(QStringLiteral("dateWarningLabel"));
    m_dateWarning->setTextFormat(Qt::PlainText);
    m_dateWarning->setWordWrap(true);
    m_dateWarning->setText(tr("Every date could be read as month/day or as day/month; they are read as month/day. "
                              "Choose the date format if that is wrong."));
    m_dateWarning->hide();
    csvLayout->addWidget(m_dateWarning);
    auto *splitter = new QSplitter(Qt::Vertical, m_csvPage);
    splitter->addWidget(m_mappingTable);
    splitter->addWidget(m_preview);
    csvLayout->addWidget(splitter, 1);
    layout->addWidget(m_csvPage, 3);

    auto *checkRow = new QHBoxLayout;
    checkRow->addWidget(m_check);
    m_summary->setObjectName(QStringLiteral("importSummaryLabel"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    checkRow->addWidget(m_summary, 1);
    layout->addLayout(checkRow);
    m_report->setObjectName(QStringLiteral("importReportEdit"));
    m_report->setReadOnly(true);
    m_report->setPlaceholderText(tr("Check the file to see what will be imported and what is wrong."));
    layout->addWidget(m_report, 2);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setAutoDefault(false);
    buttons->addButton(m_import, QDialogButtonBox::ActionRole);
    layout->addWidget(buttons);
    if (m_session->isReadOnly())
        m_import->setToolTip(tr("The workspace is open read-only; nothing can be imported into it."));

    connect(browseButton, &QPushButton::clicked, this, &ImportIncidentsDialog::browse);
    connect(m_file, &QLineEdit::editingFinished, this, &ImportIncidentsDialog::openFile);
    connect(m_file, &QLineEdit::textChanged, this, &ImportIncidentsDialog::invalidate);
    connect(m_format, &QComboBox::currentIndexChanged, this, &ImportIncidentsDialog::loadFile);
    connect(m_dateFormat, &QComboBox::currentIndexChanged, this, [this] {
        invalidate();
        updateDateDetection();
    });
    connect(m_mappingName, &QComboBox::activated, this, &ImportIncidentsDialog::loadNamedMapping);
    connect(m_saveMapping, &QPushButton::clicked, this, &ImportIncidentsDialog::saveNamedMapping);
    connect(m_check, &QPushButton::clicked, this, &ImportIncidentsDialog::check);
    connect(m_import, &QPushButton::clicked, this, &ImportIncidentsDialog::runImport);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    loadMappingNames();
    updateButtons();
    resize(820, 720);
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
    return Format(m_format->currentData().toInt());
}

void ImportIncidentsDialog::browse()
{
    const QString current = m_file->text().trimmed();
    const QString dir = QFileInfo(current.isEmpty() ? m_session->filePath() : current).absolutePath();
    const QString path = FileDialog::openFileName(this, tr("Import Incidents"), dir,
                                                  tr("Incident files (*.csv *.json);;CSV files (*.csv);;JSON files (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    m_file->setText(path);
    openFile();
}

// A new file name: pick its format, then read it.
void ImportIncidentsDialog::openFile()
{
    const QString path = m_file->text().trimmed();
    if (path == m_loadedPath) // editingFinished also comes when the focus just leaves
        return;
    if (const auto detected = detectFormat(path)) {
        const QSignalBlocker blocker(m_format);
        m_format->setCurrentIndex(m_format->findData(int(*detected)));
    }
    loadFile();
}

// Reads the file for the chosen format: a CSV file is loaded to show its columns; JSON and MISP
// files are read by Check and Import.
void ImportIncidentsDialog::loadFile()
{
    m_loadedPath = m_file->text().trimmed();
    m_csv.reset();
    m_mappingTable->setRowCount(0);
    m_preview->clear();
    m_preview->setRowCount(0);
    m_preview->setColumnCount(0);
    m_summary->clear();
    m_report->clear();
    m_csvPage->setVisible(format() == Format::Csv);
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
    const QList<QStringList> rows = m_csv->preview(PreviewRows);
    m_mappingTable->setRowCount(int(header.size()));
    for (int r = 0; r < header.size(); ++r) {
        m_mappingTable->setItem(r, 0, new QTableWidgetItem(header.at(r)));
        QString sample;
        for (const QStringList &row : rows)
            if (!row.value(r).trimmed().isEmpty()) {
                sample = row.value(r).simplified();
                break;
            }
        m_mappingTable->setItem(r, 1, new QTableWidgetItem(sample));
        auto *target = new QComboBox(m_mappingTable);
        target->addItem(tr("(not imported)"), QString());
        for (const QString &key : CsvImporter::fieldKeys())
            target->addItem(CsvImporter::fieldTitle(key), key);
        connect(target, &QComboBox::currentIndexChanged, this, [this] {
            invalidate();
            updateDateDetection();
        });
        m_mappingTable->setCellWidget(r, TargetColumn, target);
    }
    m_preview->setColumnCount(int(header.size()));
    m_preview->setHorizontalHeaderLabels(header);
    m_preview->setRowCount(int(rows.size()));
    for (int r = 0; r < rows.size(); ++r)
        for (int c = 0; c < rows.at(r).size(); ++c)
            m_preview->setItem(r, c, new QTableWidgetItem(rows.at(r).at(c)));
    m_preview->resizeColumnsToContents();
    for (int c = 0; c < m_preview->columnCount(); ++c)
        m_preview->setColumnWidth(c, std::min(m_preview->columnWidth(c), 280));
    applyMapping(m_csv->guessMapping());
}

void ImportIncidentsDialog::applyMapping(const CsvMapping &mapping)
{
    for (int r = 0; r < m_mappingTable->rowCount(); ++r) {
        auto *target = qobject_cast<QComboBox *>(m_mappingTable->cellWidget(r, TargetColumn));
        const QString field = mapping.columns.value(m_mappingTable->item(r, 0)->text());
        const QSignalBlocker blocker(target);
        target->setCurrentIndex(field.isEmpty() ? 0 : std::max(0, target->findData(field)));
    }
    const QSignalBlocker blocker(m_dateFormat);
    m_dateFormat->setCurrentIndex(mapping.dateFormat.isEmpty() ? 0 : std::max(0, m_dateFormat->findData(mapping.dateFormat)));
    invalidate();
    updateDateDetection();
}

CsvMapping ImportIncidentsDialog::currentMapping() const
{
    CsvMapping result;
    for (int r = 0; r < m_mappingTable->rowCount(); ++r) {
        const auto *target = qobject_cast<QComboBox *>(m_mappingTable->cellWidget(r, TargetColumn));
        if (const QString field = target->currentData().toString(); !field.isEmpty())
            result.columns.insert(m_mappingTable->item(r, 0)->text(), field);
    }
    result.dateFormat = m_dateFormat->currentData().toString();
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
    if (m_csv && hasDates)
        m_dateFormat->setItemText(0, tr("Detect (%1)").arg(dateFormatTitle(m_csv->detectDateFormat(current, &ambiguous))));
    else
        m_dateFormat->setItemText(0, tr("Detect"));
    m_dateWarning->setVisible(ambiguous && current.dateFormat.isEmpty());
}

void ImportIncidentsDialog::loadMappingNames()
{
    const QString text = m_mappingName->currentText();
    m_mappingName->clear();
    if (auto names = CsvImporter(m_session->workspace()).mappingNames())
        m_mappingName->addItems(*names);
    m_mappingName->setCurrentIndex(-1);
    m_mappingName->setEditText(text);
}

void ImportIncidentsDialog::loadNamedMapping(int index)
{
    if (!m_csv || index < 0)
        return;
    auto loaded = CsvImporter(m_session->workspace()).mapping(m_mappingName->itemText(index));
    if (!loaded) {
        MessageBox::critical(this, tr("Import Incidents"), loaded.error().message);
        return;
    }
    applyMapping(*loaded);
}

void ImportIncidentsDialog::saveNamedMapping()
{
    const QString name = m_mappingName->currentText().trimmed();
    if (auto saved = CsvImporter(m_session->workspace()).saveMapping(name, currentMapping()); !saved) {
        MessageBox::critical(this, tr("Save Mapping"), saved.error().message);
        return;
    }
    m_session->notifyChanged(QStringLiteral("csv_mapping"));
    loadMappingNames();
    m_mappingName->setEditText(name);
}

void ImportIncidentsDialog::check()
{
    const QString path = m_file->text().trimmed();
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
    m_summary->setText(summary(report.value()));
    m_report->setPlainText(report->text());
    m_checked = report->ok();
    updateButtons();
}

void ImportIncidentsDialog::runImport()
{
    if (!m_checked || m_session->isReadOnly())
        return;
    const QString path = m_file->text().trimmed();
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
        m_report->setPlainText(imported.error().message);
        if (cancelled) {
            MessageBox::information(this, tr("Import Incidents"), imported.error().message);
        } else {
            m_summary->setText(tr("Nothing was imported."));
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
    m_summary->clear();
    m_report->setPlainText(message);
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
    m_saveMapping->setEnabled(writable && m_csv);
    m_check->setEnabled(!m_file->text().trimmed().isEmpty());
    m_import->setEnabled(writable && m_checked);
}

} // namespace csirtkit
