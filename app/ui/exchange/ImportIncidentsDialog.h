#pragma once

#include <QDialog>

#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace csirtkit {

class CsvImporter;
class WorkspaceSession;
struct CsvMapping;
struct ImportReport;

// Imports incidents from a CSV file (with a column mapping, date format and preview), a CSIRT Kit
// JSON export or a MISP event. "Check" shows the validation report; Import is enabled only while the
// last check passed and nothing has changed since, and writes everything in one transaction.
class ImportIncidentsDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Format { Csv, Json, Misp };

    explicit ImportIncidentsDialog(WorkspaceSession *session, QWidget *parent = nullptr);
    ~ImportIncidentsDialog() override;

    // The format of `path` from its name and its first bytes: ".csv" is CSV; JSON with a top-level
    // "Event" or "response" (or a list of {"Event": …}) is MISP; "format": "csirtkit-incidents" is
    // CSIRT Kit JSON. Nothing when it cannot tell.
    static std::optional<Format> detectFormat(const QString &path);
    // "12 new incidents, 3 already imported; 2 problems block the import."
    static QString summary(const ImportReport &report);

private:
    Format format() const;
    void browse();
    void openFile();
    void loadFile();
    void fillCsvPage();
    void applyMapping(const CsvMapping &mapping);
    CsvMapping currentMapping() const;
    void updateDateDetection();
    void loadMappingNames();
    void loadNamedMapping(int index);
    void saveNamedMapping();
    void check();
    void runImport();
    void showError(const QString &message);
    void invalidate();
    void updateButtons();

    WorkspaceSession *m_session;
    std::unique_ptr<CsvImporter> m_csv;
    QLineEdit *m_file;
    QComboBox *m_format;
    QWidget *m_csvPage;
    QTableWidget *m_mappingTable;
    QComboBox *m_dateFormat;
    QLabel *m_dateWarning;
    QTableWidget *m_preview;
    QComboBox *m_mappingName;
    QPushButton *m_saveMapping;
    QPushButton *m_check;
    QLabel *m_summary;
    QPlainTextEdit *m_report;
    QPushButton *m_import;
    QString m_loadedPath;
    bool m_checked = false; // the last check passed and nothing changed since
};

} // namespace csirtkit
