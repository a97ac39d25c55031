#pragma once

#include "common/Page.h"

class QStackedWidget;

namespace csirtkit {

class IncidentListPanel;
class IncidentView;

// The incident log page: the list, and one incident at a time in front of it.
class IncidentsPage : public Page
{
    Q_OBJECT

public:
    explicit IncidentsPage(QWidget *parent = nullptr);
    ~IncidentsPage() override;

    QString pageId() const override { return QStringLiteral("incidents"); }
    QString title() const override { return tr("Incident log"); }
    QString iconName() const override { return QStringLiteral(":/icons/incidents.svg"); }
    void setSession(WorkspaceSession *session) override;

    IncidentListPanel *list() const { return m_list; }
    IncidentView *view() const { return m_view; }
    void openIncident(qint64 incidentId);
    void showList();
    void newIncident();
    void findObservable();
    void editPriorityMatrix();
    void exportIncidents();
    void importIncidents();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    WorkspaceSession *m_session = nullptr;
    QStackedWidget *m_stack;
    IncidentListPanel *m_list;
    IncidentView *m_view;
};

} // namespace csirtkit
