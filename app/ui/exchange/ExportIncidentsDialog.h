#pragma once

#include <QDialog>

#include <memory>

namespace csirtkit {

namespace Ui {
class ExportIncidentsDialog;
}

class WorkspaceSession;

// Exports incidents as CSV, CSIRT Kit JSON, MISP event JSON or a STIX 2.1 bundle: all of them, the
// ones the list shows, or the open one, up to a TLP ceiling — the dialog says beforehand what the
// ceiling will leave out. The file appears only when the export is complete; cancel leaves none.
class ExportIncidentsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ExportIncidentsDialog(WorkspaceSession *session, QWidget *parent = nullptr);
    ~ExportIncidentsDialog() override;

    // The incidents of the list (in its order) and the one open in the view (0: none).
    void setChoices(const QList<qint64> &listed, qint64 current);
    // Exports to `path` (used by the Export… button after asking for a file, and by tests).
    bool exportTo(const QString &path);

private:
    QList<qint64> scopeIds() const; // empty: every incident
    void updateNote();
    void chooseFile();

    std::unique_ptr<Ui::ExportIncidentsDialog> m_ui;
    WorkspaceSession *m_session;
    QList<qint64> m_listed;
    qint64 m_current = 0;
};

} // namespace csirtkit
