#pragma once

#include <QWidget>

class QHBoxLayout;
class QLabel;
class QPushButton;
class QTabWidget;

namespace csirtkit {

class IncidentTab;
class WorkspaceSession;

// One incident: a header with its identifier, title, status, priority and TLP badges, the status
// changes the workflow allows from here, and the tabs (details, journal, tasks, communications,
// observables, evidence, artefacts, assets and links).
class IncidentView : public QWidget
{
    Q_OBJECT

public:
    explicit IncidentView(QWidget *parent = nullptr);
    ~IncidentView() override;

    void setSession(WorkspaceSession *session);
    void setIncident(qint64 incidentId);
    qint64 incidentId() const { return m_id; }
    QTabWidget *tabs() const { return m_tabs; }
    void refresh();

Q_SIGNALS:
    void backRequested();
    void openIncident(qint64 incidentId);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslate();
    void rebuildTransitions(const QString &status);
    void transition(const QString &from, const QString &to);
    void updateTabTitles();

    WorkspaceSession *m_session = nullptr;
    qint64 m_id = 0;
    bool m_stale = false; // changed while hidden
    QPushButton *m_back;
    QPushButton *m_report;
    QLabel *m_ident;
    QLabel *m_title;
    QLabel *m_status;
    QLabel *m_priority;
    QLabel *m_tlp;
    QHBoxLayout *m_transitions;
    QList<QPushButton *> m_transitionButtons;
    QTabWidget *m_tabs;
    QList<IncidentTab *> m_tabList;
};

} // namespace csirtkit
