#pragma once

#include <QDialog>

#include <memory>
#include <optional>

class QPushButton;

namespace csirtkit {

namespace Ui {
class ImportIncidentsDialog;
}

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

    std::unique_ptr<Ui::ImportIncidentsDialog> m_ui;
    WorkspaceSession *m_session;
    std::unique_ptr<CsvImporter> m_csv;
    QPushButton *m_import = nullptr; // in the button box, made by the code
    QString m_loadedPath;
    bool m_checked = false; // the last check passed and nothing changed since
};

} // namespace csirtkit
