#pragma once

#include <QWidget>

class QLabel;

namespace csirtkit {

class WorkspaceSession;

// One tab of the Team page. The page gives every tab the session and asks it to reload when the team
// changes; a tab asks the page to show another tab (a gap's "fix it here").
class TeamTab : public QWidget
{
    Q_OBJECT

public:
    using QWidget::QWidget;

    virtual QString tabId() const = 0; // "coverage", "people", "roles", "raci", "staffing", "rota", "training"
    virtual QString tabTitle() const = 0;
    // Follows the session's team changes: the tab reloads at once while shown, otherwise when next shown
    // (each tab reads the whole team; incident work elsewhere changes the workload figures).
    virtual void setSession(WorkspaceSession *session);
    virtual void reload() = 0;
    // Selects what `key` names (a role key, a person id, an activity key); tabs that have no such thing ignore it.
    virtual void select(const QString &key) { Q_UNUSED(key) }
    // The message of the last refused edit, empty when the last edit went through.
    QString errorText() const;

Q_SIGNALS:
    void showTab(const QString &tabId, const QString &key);

protected:
    void showEvent(QShowEvent *event) override;
    void reloadWhenShown();

    // The label that shows a refused edit's message (red, hidden while there is none).
    void setErrorLabel(QLabel *label);
    void showError(const QString &message);

    WorkspaceSession *m_session = nullptr;

private:
    QLabel *m_errorLabel = nullptr;
    bool m_stale = false;
};

} // namespace csirtkit
