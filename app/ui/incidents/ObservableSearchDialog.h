#pragma once

#include <QDialog>

namespace csirtkit {

class WorkspaceSession;

// SKELETON — to be written.
class ObservableSearchDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ObservableSearchDialog(WorkspaceSession *session, QWidget *parent = nullptr);
    ~ObservableSearchDialog() override;

Q_SIGNALS:
    void openIncident(qint64 incidentId);

private:
    WorkspaceSession *m_session;
};

} // namespace csirtkit
