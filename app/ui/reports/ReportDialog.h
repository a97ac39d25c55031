#pragma once

#include <QDate>
#include <QDialog>

#include <memory>

class QCheckBox;

namespace csirtkit {

namespace Ui {
class ReportDialog;
}

class WorkspaceSession;

// Writes an incident report (one incident, sections to choose) or a period report (JPCERT/CC
// quarterly style) as PDF, ODT, HTML or Markdown, in English or Japanese, up to a TLP ceiling.
class ReportDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ReportDialog(WorkspaceSession *session, QWidget *parent = nullptr);
    ~ReportDialog() override;

    void setIncident(qint64 incidentId);
    void setPeriod(const QDate &from, const QDate &to);
    bool writeTo(const QString &path); // format from the suffix; used by Save… and by tests

private:
    void chooseFile();

    std::unique_ptr<Ui::ReportDialog> m_ui;
    WorkspaceSession *m_session;
    qint64 m_incident = 0;
    QDate m_from;
    QDate m_to;
    QList<QCheckBox *> m_sections;
};

} // namespace csirtkit
