#pragma once

#include "incidents/IncidentFilter.h"

#include <QWidget>

namespace csirtkit {

class WorkspaceSession;

// A page of the main window's navigation (Overview, Organisation profile, …).
class Page : public QWidget
{
    Q_OBJECT

public:
    using QWidget::QWidget;

    virtual QString pageId() const = 0;  // stable id for --page and settings, e.g. "profile"
    virtual QString title() const = 0;   // translated, for the sidebar
    virtual QString iconName() const = 0; // resource icon, e.g. ":/icons/overview.svg"
    // Called when a workspace is opened or replaced (never null while the window exists).
    virtual void setSession(WorkspaceSession *session) = 0;

Q_SIGNALS:
    void titleChanged();
    void navigateTo(const QString &pageId);
    void showIncident(const QString &ident); // open one incident in the incident log
    void showIncidents(const csirtkit::IncidentFilter &filter); // the incident log, filtered
};

} // namespace csirtkit
