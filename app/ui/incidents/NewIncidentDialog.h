#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace csirtkit {

class WorkspaceSession;

// Logs a new incident: what the first report says (title, summary, reporter, channel, contact),
// a first classification, TLP, impact and urgency, and when it was detected. OK writes it in one
// transaction; a refused field keeps the dialog open with the message and writes nothing.
class NewIncidentDialog : public QDialog
{
    Q_OBJECT

public:
    explicit NewIncidentDialog(WorkspaceSession *session, QWidget *parent = nullptr);
    ~NewIncidentDialog() override;

    qint64 createdId() const { return m_created; }
    void accept() override;

private:
    void fillTypes();

    WorkspaceSession *m_session;
    qint64 m_created = 0;
    QLineEdit *m_title;
    QPlainTextEdit *m_summary;
    QLineEdit *m_reporter;
    QComboBox *m_channel;
    QLineEdit *m_contact;
    QComboBox *m_class;
    QComboBox *m_type;
    QComboBox *m_tlp;
    QComboBox *m_impact;
    QComboBox *m_urgency;
    QLineEdit *m_detected;
    QLineEdit *m_assignee;
    QLabel *m_error;
};

} // namespace csirtkit
