#pragma once

#include "common/Result.h"
#include "incidents/IncidentTab.h"

#include <QTimeZone>

class QTreeWidget;

namespace csirtkit {

// The shape every record tab of the incident view shares (journal, tasks, communications,
// observables, evidence, artefacts, assets and links, notifications): the records of one incident
// read into a list, an entry editor below it, writes through a repository. The base keeps the
// incident, re-reads when the view says so, shows a read error, keeps the tab title current and
// follows a language change; a tab says only how it shows its records and what it writes:
//   startIncident()  another incident is shown: forget what was typed for the previous one
//   refresh()        read the records and show them (keeping the selection where it can)
//   retranslate()    set every text (also called on a language change)
//   updateButtons()  enable what the selection and a read-only workspace allow
class RecordTab : public IncidentTab
{
    Q_OBJECT

public:
    using IncidentTab::IncidentTab;

    void setIncident(WorkspaceSession *session, qint64 incidentId) final;

protected:
    virtual void startIncident() { }
    virtual Result<void> refresh() = 0;
    virtual QString recordsName() const = 0; // titles a read error: "Artefacts"
    virtual void retranslate() = 0;
    virtual void updateButtons() { }

    // Reads and shows the records again; tells the view when the title (a count) changed.
    void reload();
    // After a write: show the records again and tell the other views of the session.
    void saved();
    bool writable() const;
    // Shows a failed write's message under `action` (e.g. "Add Artefact"); true when it succeeded.
    template <typename T> bool succeeded(const Result<T> &result, const QString &action)
    {
        if (!result)
            showError(action, result.error().message);
        return bool(result);
    }
    bool confirm(const QString &action, const QString &question);
    void showError(const QString &action, const QString &message);

    // The record lists: the id of a row is in its first column's Qt::UserRole.
    static qint64 selectedId(const QTreeWidget *view);
    static void selectId(QTreeWidget *view, qint64 id);

    void changeEvent(QEvent *event) override;

    WorkspaceSession *m_session = nullptr;
    qint64 m_incidentId = 0;
    QTimeZone m_zone = QTimeZone::systemTimeZone(); // the workspace's time zone, for the times shown

private:
    void showRecords(); // refresh() with its error shown, then updateButtons()
};

} // namespace csirtkit
