#pragma once

#include <QMainWindow>

#include <memory>

class QLabel;
class QShortcut;
class QUndoGroup;

namespace Ui {
class MainWindow;
}

namespace csirtkit {

class HelpWindow;
class Page;
class WorkspaceSession;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens `fileFromCommandLine` if given, else the last workspace, else the default one (created
    // on first run in the user's data folder).
    void openInitial(const QString &fileFromCommandLine);
    // Opens `path`; on failure shows why and keeps the current workspace. Returns success.
    bool openWorkspace(const QString &path);
    bool createWorkspace(const QString &path, const QString &organisationName);
    bool saveWorkspaceAs(const QString &path);
    bool createDemoWorkspace(const QString &path);
    bool exportPlan(const QString &path); // format from the suffix: pdf, odt, html, md

    bool showPage(const QString &pageId);
    // Shows the incident log with the incident `ident` (INC-2026-0001) open, on tab `tab`.
    bool showIncident(const QString &ident, int tab = 0);
    // Full screen, larger text, no sidebar: the current step of the phase guide for a class.
    void setPresentationMode(bool on);
    bool isPresentationMode() const { return m_presentation; }
    QString currentPageId() const;
    // The help at `topic` ("incidents", "terms#tlp"; empty: the current page's), in its own window.
    HelpWindow *showHelp(const QString &topic = QString());
    QStringList pageIds() const;
    WorkspaceSession *session() const { return m_session.get(); }
    static QString defaultWorkspacePath();

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void addPage(Page *page);
    void createUndoActions();
    enum class Remember { Yes, No };
    void setSession(std::unique_ptr<WorkspaceSession> session, Remember remember = Remember::Yes);
    void newWorkspace();
    void openWorkspaceDialog();
    void saveAsDialog();
    void demoDialog();
    void exportDialog();
    void showSettings();
    void showAbout();
    void rebuildRecentMenu();
    void retranslate();
    void updateWindowTitle();
    void updateStatus();
    void showError(const QString &message);

    std::unique_ptr<::Ui::MainWindow> m_ui;
    std::unique_ptr<WorkspaceSession> m_session;
    QUndoGroup *m_undoGroup;
    QList<Page *> m_pages;
    QList<QAction *> m_pageActions;
    QLabel *m_fileLabel;
    QLabel *m_stateLabel;
    QList<QShortcut *> m_presentationKeys;
    HelpWindow *m_help = nullptr;
    bool m_presentation = false;
    bool m_wasMaximized = false;
};

} // namespace csirtkit
