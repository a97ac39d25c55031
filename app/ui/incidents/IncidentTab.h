#pragma once

#include <QWidget>

class QLineEdit;
class QTreeWidget;

namespace csirtkit {

class WorkspaceSession;

// One tab of the incident view (Journal, Tasks, Communications, …). The view calls setIncident()
// when an incident is opened and again after every change to incidents (the session's changed()
// signal with an entity starting with "incident"), so a tab re-reads its records there; it keeps
// what the user is typing into its "new entry" fields unless the incident itself changed.
class IncidentTab : public QWidget
{
    Q_OBJECT

public:
    using QWidget::QWidget;

    virtual QString title() const = 0; // translated tab title
    // `session` is never null; `incidentId` is an existing incident.
    virtual void setIncident(WorkspaceSession *session, qint64 incidentId) = 0;

protected:
    // The record lists and entry fields of the tabs, set up alike.
    static QTreeWidget *recordView(QWidget *parent, const QString &name, int columns);
    static QLineEdit *entryLineEdit(QWidget *parent, const QString &name);

Q_SIGNALS:
    void openIncident(qint64 incidentId); // e.g. from a link or "also seen in"
    void titleChanged();                  // e.g. a count in the title changed
};

} // namespace csirtkit
