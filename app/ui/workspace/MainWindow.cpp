#include "workspace/MainWindow.h"

#include "ui_MainWindow.h"

#include "common/Config.h"
#include "common/FileDialog.h"
#include "common/Language.h"
#include "common/MessageBox.h"
#include "common/Theme.h"
#include "incidents/IncidentRepository.h"
#include "incidents/IncidentListPanel.h"
#include "incidents/IncidentView.h"
#include "reports/MetricsPage.h"
#include "incidents/IncidentsPage.h"
#include "org/OrgProfilePage.h"
#include "org/OrgProfileRepository.h"
#include "phases/DemoWorkspace.h"
#include "phases/OrgModelPage.h"
#include "phases/PlanExporter.h"
#include "phases/PhaseGuidePage.h"
#include "phases/ServiceCataloguePage.h"
#include "phases/WorksheetPage.h"
#include "team/TeamPage.h"
#include "common/HelpWindow.h"
#include "workspace/AboutDialog.h"
#include "workspace/NewWorkspaceDialog.h"
#include "workspace/OverviewPage.h"
#include "workspace/SettingsDialog.h"
#include "workspace/Workspace.h"
#include "workspace/WorkspaceSession.h"

#include "workspace/IntegrityReport.h"
#include "workspace/FileIdentity.h"
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QShortcut>
#include <QWhatsThis>
#include <QStandardPaths>
#include <QTabWidget>
#include <QUndoGroup>
#include <QUndoStack>

// ui.qrc lives in the static csirtkit_ui library, so it must be registered explicitly.
static void initUiResources()
{
    Q_INIT_RESOURCE(ui);
}

namespace csirtkit {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_ui(std::make_unique<::Ui::MainWindow>()), m_undoGroup(new QUndoGroup(this)),
      m_fileLabel(new QLabel(this)), m_stateLabel(new QLabel(this))
{
    initUiResources();
    m_ui->setupUi(this);
    setWindowIcon(QIcon(QStringLiteral(":/icons/csirtkit.svg")));
    m_ui->navigationListWidget->setFixedWidth(200);
    m_fileLabel->setObjectName(QStringLiteral("fileStatusLabel"));
    m_stateLabel->setObjectName(QStringLiteral("stateStatusLabel"));
    m_fileLabel->setTextFormat(Qt::PlainText);
    m_stateLabel->setTextFormat(Qt::PlainText);
    statusBar()->addWidget(m_fileLabel, 1);
    statusBar()->addPermanentWidget(m_stateLabel);

    createUndoActions();
    m_ui->menuEdit->insertSeparator(m_ui->actionSettings);

    auto *overview = new OverviewPage(this);
    addPage(overview);
    addPage(new OrgProfilePage(this));
    auto *guide = new PhaseGuidePage(this);
    addPage(guide);
    connect(overview, &OverviewPage::openPlanItem, this, [this, guide](qint64 stepId, qint64 itemId) {
        showPage(QStringLiteral("phases"));
        guide->selectItem(stepId, itemId);
    });
    addPage(new ServiceCataloguePage(this));
    addPage(new OrgModelPage(this));
    addPage(new WorksheetPage(this));
    addPage(new TeamPage(this));
    addPage(new IncidentsPage(this));
    addPage(new MetricsPage(this));
    if (auto *incidents = findChild<IncidentsPage *>()) {
        const QList<QAction *> exchange = { incidents->findChild<QAction *>(QStringLiteral("actionIncidentsImport")),
                                            incidents->findChild<QAction *>(QStringLiteral("actionIncidentsExport")) };
        QAction *before = m_ui->actionPlanExport;
        const QList<QAction *> actions = m_ui->menuFile->actions();
        const qsizetype at = actions.indexOf(before);
        m_ui->menuFile->insertActions(at + 1 < actions.size() ? actions.at(at + 1) : nullptr, exchange);
        connect(exchange.at(0), &QAction::triggered, this, [this] { showPage(QStringLiteral("incidents")); });
    }
    connect(m_ui->navigationListWidget, &QListWidget::currentRowChanged, m_ui->pagesStackedWidget,
            &QStackedWidget::setCurrentIndex);

    connect(m_ui->actionWorkspaceNew, &QAction::triggered, this, &MainWindow::newWorkspace);
    connect(m_ui->actionWorkspaceOpen, &QAction::triggered, this, &MainWindow::openWorkspaceDialog);
    connect(m_ui->actionWorkspaceSaveAs, &QAction::triggered, this, &MainWindow::saveAsDialog);
    connect(m_ui->actionWorkspaceDemo, &QAction::triggered, this, &MainWindow::demoDialog);
    connect(m_ui->actionPlanExport, &QAction::triggered, this, &MainWindow::exportDialog);
    connect(m_ui->actionWorkspaceVerify, &QAction::triggered, this, [this] {
        if (m_session)
            IntegrityReport::show(this, m_session->workspace());
    });
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionSettings, &QAction::triggered, this, &MainWindow::showSettings);
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_ui->actionHelp, &QAction::triggered, this, [this] { showHelp(); });
    connect(m_ui->actionShortcuts, &QAction::triggered, this, [this] { showHelp(QStringLiteral("shortcuts")); });
    QAction *whatsThis = QWhatsThis::createAction(this);
    whatsThis->setObjectName(QStringLiteral("actionWhatsThis"));
    m_ui->menuHelp->insertAction(m_ui->actionShortcuts, whatsThis);
    connect(m_ui->actionAboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
    connect(m_ui->menuRecent, &QMenu::aboutToShow, this, &MainWindow::rebuildRecentMenu);
    connect(m_ui->actionRecentClear, &QAction::triggered, this, [] { Config::set(Config::Key::RecentFiles, {}); });
    rebuildRecentMenu();

    auto *presentation = new QAction(this);
    presentation->setObjectName(QStringLiteral("actionPresentation"));
    presentation->setCheckable(true);
    presentation->setShortcut(QKeySequence(Qt::Key_F11));
    m_ui->menuView->addSeparator();
    m_ui->menuView->addAction(presentation);
    connect(presentation, &QAction::toggled, this, &MainWindow::setPresentationMode);
    auto phaseGuide = [this] { return findChild<PhaseGuidePage *>(); };
    const QList<std::pair<QKeySequence, std::function<void()>>> keys = {
        { QKeySequence(Qt::Key_Right), [phaseGuide] { phaseGuide()->nextStep(); } },
        { QKeySequence(Qt::Key_PageDown), [phaseGuide] { phaseGuide()->nextStep(); } },
        { QKeySequence(Qt::Key_Space), [phaseGuide] { phaseGuide()->nextStep(); } },
        { QKeySequence(Qt::Key_Left), [phaseGuide] { phaseGuide()->previousStep(); } },
        { QKeySequence(Qt::Key_PageUp), [phaseGuide] { phaseGuide()->previousStep(); } },
        { QKeySequence(Qt::Key_Escape), [presentation] { presentation->setChecked(false); } },
    };
    for (const auto &[sequence, handler] : keys) {
        auto *shortcut = new QShortcut(sequence, this);
        shortcut->setEnabled(false);
        connect(shortcut, &QShortcut::activated, this, handler);
        m_presentationKeys.append(shortcut);
    }

    restoreGeometry(Config::get(Config::Key::MainWindowGeometry).toByteArray());
    restoreState(Config::get(Config::Key::MainWindowState).toByteArray());
    retranslate();
}

void MainWindow::createUndoActions()
{
    // QUndoGroup words its actions once, when they are made: remake them for a new language.
    delete findChild<QAction *>(QStringLiteral("actionUndo"));
    delete findChild<QAction *>(QStringLiteral("actionRedo"));
    QAction *undo = m_undoGroup->createUndoAction(this);
    QAction *redo = m_undoGroup->createRedoAction(this);
    undo->setObjectName(QStringLiteral("actionUndo"));
    redo->setObjectName(QStringLiteral("actionRedo"));
    undo->setShortcut(QKeySequence::Undo);
    redo->setShortcut(QKeySequence::Redo);
    const QList<QAction *> edit = m_ui->menuEdit->actions();
    m_ui->menuEdit->insertActions(edit.isEmpty() ? nullptr : edit.first(), { undo, redo });
}

MainWindow::~MainWindow()
{
    // Pages hold a pointer to the session: let a focused editor commit while the session is alive,
    // then delete the pages before the session member goes.
    hide();
    delete m_ui->pagesStackedWidget;
    m_pages.clear();
}

void MainWindow::addPage(Page *page)
{
    const int index = int(m_pages.size());
    m_pages.append(page);
    m_ui->pagesStackedWidget->addWidget(page);
    auto *item = new QListWidgetItem(Theme::selectableIcon(page->iconName()), page->title());
    item->setData(Qt::UserRole, page->pageId());
    item->setSizeHint(QSize(0, 36));
    m_ui->navigationListWidget->addItem(item);
    auto *action = new QAction(page->title(), this);
    action->setObjectName(QStringLiteral("actionGo_") + page->pageId());
    action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + index)));
    connect(action, &QAction::triggered, this, [this, index] { m_ui->navigationListWidget->setCurrentRow(index); });
    m_ui->menuView->addAction(action);
    m_pageActions.append(action);
    connect(page, &Page::titleChanged, this, [this, page, item, action] {
        item->setText(page->title());
        action->setText(page->title());
        updateWindowTitle();
    });
    connect(page, &Page::navigateTo, this, &MainWindow::showPage);
    connect(page, &Page::showIncident, this, [this](const QString &ident) { showIncident(ident); });
    connect(page, &Page::showIncidents, this, [this](const IncidentFilter &filter) {
        if (auto *incidents = findChild<IncidentsPage *>()) {
            incidents->showList();
            incidents->list()->setFilter(filter);
            showPage(incidents->pageId());
        }
    });
    if (index == 0)
        m_ui->navigationListWidget->setCurrentRow(0);
}

QString MainWindow::defaultWorkspacePath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(QStringLiteral("workspace.csirt"));
}

void MainWindow::openInitial(const QString &fileFromCommandLine)
{
    if (!fileFromCommandLine.isEmpty() && openWorkspace(fileFromCommandLine))
        return;
    const QString last = Config::get(Config::Key::LastWorkspace).toString();
    if (!m_session && !last.isEmpty() && QFileInfo::exists(last) && openWorkspace(last))
        return;
    if (m_session)
        return;
    const QString fallback = defaultWorkspacePath();
    if (QFileInfo::exists(fallback)) {
        if (openWorkspace(fallback))
            return;
    } else {
        QDir().mkpath(QFileInfo(fallback).absolutePath());
        if (createWorkspace(fallback, tr("My organisation")))
            return;
    }
    // The workspace is in use elsewhere or the data folder is unusable: work in a temporary workspace
    // rather than show an empty window, and never remember it as the last or a recent workspace.
    const QString temp = QDir(QDir::tempPath()).filePath(QStringLiteral("csirtkit-%1.csirt")
                                                             .arg(QCoreApplication::applicationPid()));
    auto workspace = Workspace::create(temp, tr("My organisation"));
    if (!workspace) {
        showError(workspace.error().message);
        return;
    }
    setSession(std::make_unique<WorkspaceSession>(std::move(*workspace)), Remember::No);
    showError(tr("Your workspace could not be opened (see the previous message), so this window uses a temporary "
                 "workspace: %1. Use File › Open to choose a workspace, or File › Save As to keep this one.")
                  .arg(QDir::toNativeSeparators(temp)));
}

bool MainWindow::openWorkspace(const QString &path)
{
    if (m_session && files::canonical(path) == m_session->filePath())
        return true;
    auto workspace = Workspace::open(path);
    if (!workspace) {
        showError(workspace.error().message);
        if (workspace.error().code == ErrorCode::NotFound)
            Config::removeRecentFile(QFileInfo(path).absoluteFilePath());
        return false;
    }
    setSession(std::make_unique<WorkspaceSession>(std::move(*workspace)));
    return true;
}

bool MainWindow::createWorkspace(const QString &path, const QString &organisationName)
{
    auto workspace = Workspace::create(path, organisationName);
    if (!workspace) {
        showError(workspace.error().message);
        return false;
    }
    setSession(std::make_unique<WorkspaceSession>(std::move(*workspace)));
    return true;
}

bool MainWindow::saveWorkspaceAs(const QString &path)
{
    if (!m_session)
        return false;
    if (auto saved = m_session->workspace().saveCopy(path); !saved) {
        showError(saved.error().message);
        return false;
    }
    return openWorkspace(path);
}

bool MainWindow::createDemoWorkspace(const QString &path)
{
    if (m_session && QFileInfo(path).absoluteFilePath() == m_session->filePath()) {
        showError(tr("The demo cannot replace the workspace that is open. Choose another file name."));
        return false;
    }
    auto workspace = DemoWorkspace::create(path, Language::current());
    if (!workspace) {
        showError(workspace.error().message);
        return false;
    }
    setSession(std::make_unique<WorkspaceSession>(std::move(*workspace)));
    showPage(QStringLiteral("overview"));
    return true;
}

bool MainWindow::exportPlan(const QString &path)
{
    if (!m_session)
        return false;
    const auto format = DocumentFormats::forPath(path);
    if (!format) {
        showError(tr("“%1” has no known document type. End the name with .pdf, .odt, .html or .md.")
                      .arg(QFileInfo(path).fileName()));
        return false;
    }
    if (auto written = PlanExporter::write(m_session->workspace(), Language::current(), *format, path); !written) {
        showError(written.error().message);
        return false;
    }
    statusBar()->showMessage(tr("Plan exported to %1").arg(QDir::toNativeSeparators(path)), 8000);
    return true;
}

void MainWindow::demoDialog()
{
    // A name no file has yet: the open workspace (which the demo cannot replace) is never offered.
    QString path = FileDialog::saveFileName(this, tr("New Demo Workspace"), FileDialog::freeWorkspacePath(tr("demo")),
                                            FileDialog::workspaceFilter());
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".csirt");
    createDemoWorkspace(path);
}

void MainWindow::exportDialog()
{
    if (!m_session)
        return;
    const QString base = QFileInfo(m_session->filePath()).completeBaseName() + QStringLiteral("-plan.pdf");
    const QString path = FileDialog::outputFileName(this, tr("Export Plan"),
                                                    QFileInfo(m_session->filePath()).absoluteDir().filePath(base),
                                                    tr("PDF document (*.pdf);;OpenDocument text (*.odt);;Web page (*.html);;"
                                                       "Markdown (*.md)"),
                                                    m_session->filePath(), QStringLiteral("pdf"));
    if (path.isEmpty())
        return;
    exportPlan(path);
}

void MainWindow::setSession(std::unique_ptr<WorkspaceSession> session, Remember remember)
{
    if (m_session)
        m_undoGroup->removeStack(m_session->undoStack());
    // Pages switch to the new session before the old one (and its connections) goes away.
    std::unique_ptr<WorkspaceSession> old = std::move(m_session);
    m_session = std::move(session);
    m_undoGroup->addStack(m_session->undoStack());
    m_undoGroup->setActiveStack(m_session->undoStack());
    for (Page *page : std::as_const(m_pages))
        page->setSession(m_session.get());
    old.reset();
    connect(m_session.get(), &WorkspaceSession::failed, this, &MainWindow::showError);
    connect(m_session.get(), &WorkspaceSession::changed, this, [this] {
        updateWindowTitle();
        updateStatus();
    });
    m_ui->actionWorkspaceSaveAs->setEnabled(true);
    if (remember == Remember::Yes) {
        Config::set(Config::Key::LastWorkspace, m_session->filePath());
        Config::addRecentFile(m_session->filePath());
    }
    updateWindowTitle();
    updateStatus();
}

void MainWindow::newWorkspace()
{
    NewWorkspaceDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    createWorkspace(dialog.filePath(), dialog.organisationName());
}

void MainWindow::openWorkspaceDialog()
{
    const QString dir = m_session ? QFileInfo(m_session->filePath()).absolutePath() : QDir::homePath();
    const QString path = FileDialog::openFileName(this, tr("Open Workspace"), dir, FileDialog::workspaceFilter());
    if (!path.isEmpty())
        openWorkspace(path);
}

void MainWindow::saveAsDialog()
{
    if (!m_session)
        return;
    QString path = FileDialog::saveFileName(this, tr("Save Workspace As"),
                                            QFileInfo(m_session->filePath()).absolutePath(),
                                            FileDialog::workspaceFilter());
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".csirt");
    saveWorkspaceAs(path);
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(this);
    dialog.exec();
}

HelpWindow *MainWindow::showHelp(const QString &topic)
{
    if (!m_help)
        m_help = new HelpWindow(this);
    m_help->showTopic(topic.isEmpty() ? currentPageId() : topic);
    return m_help;
}

void MainWindow::showAbout()
{
    AboutDialog dialog(this);
    dialog.exec();
}

void MainWindow::rebuildRecentMenu()
{
    QMenu *menu = m_ui->menuRecent;
    menu->clear();
    const QStringList files = Config::recentFiles();
    for (const QString &file : files) {
        QAction *action = menu->addAction(QDir::toNativeSeparators(file));
        connect(action, &QAction::triggered, this, [this, file] { openWorkspace(file); });
    }
    if (files.isEmpty())
        menu->addAction(tr("No recent workspaces"))->setEnabled(false);
    menu->addSeparator();
    menu->addAction(m_ui->actionRecentClear);
}

bool MainWindow::showPage(const QString &pageId)
{
    for (int i = 0; i < m_pages.size(); ++i) {
        if (m_pages.at(i)->pageId() == pageId) {
            m_ui->navigationListWidget->setCurrentRow(i);
            return true;
        }
    }
    return false;
}

bool MainWindow::showIncident(const QString &ident, int tab)
{
    auto *page = findChild<IncidentsPage *>();
    if (!page || !m_session)
        return false;
    auto incident = IncidentRepository(m_session->workspace()).byIdent(ident);
    if (!incident)
        return false;
    showPage(page->pageId());
    page->openIncident(incident->id);
    page->view()->tabs()->setCurrentIndex(qBound(0, tab, page->view()->tabs()->count() - 1));
    return true;
}

void MainWindow::setPresentationMode(bool on)
{
    if (on == m_presentation)
        return;
    m_presentation = on;
    if (auto *action = findChild<QAction *>(QStringLiteral("actionPresentation")); action && action->isChecked() != on)
        action->setChecked(on);
    auto *guide = findChild<PhaseGuidePage *>();
    m_ui->navigationListWidget->setVisible(!on);
    statusBar()->setVisible(!on);
    menuBar()->setVisible(!on);
    guide->setPresentation(on);
    QFont font = QApplication::font();
    if (on)
        font.setPointSizeF(font.pointSizeF() * 1.5);
    m_ui->pagesStackedWidget->setFont(on ? font : QFont());
    for (QShortcut *shortcut : std::as_const(m_presentationKeys))
        shortcut->setEnabled(on);
    if (on) {
        showPage(QStringLiteral("phases"));
        m_wasMaximized = isMaximized();
        showFullScreen();
    } else {
        m_wasMaximized ? showMaximized() : showNormal();
    }
}

QString MainWindow::currentPageId() const
{
    const int row = m_ui->navigationListWidget->currentRow();
    return row >= 0 ? m_pages.at(row)->pageId() : QString();
}

QStringList MainWindow::pageIds() const
{
    QStringList ids;
    for (const Page *page : m_pages)
        ids << page->pageId();
    return ids;
}

void MainWindow::showError(const QString &message)
{
    MessageBox::critical(this, tr("CSIRT Kit"), message);
    updateStatus();
}

void MainWindow::updateWindowTitle()
{
    if (!m_session) {
        setWindowTitle(tr("CSIRT Kit"));
        return;
    }
    auto name = OrgProfileRepository(m_session->workspace()).value(OrgProfile::Field::Name);
    QString title = (name && !name->isEmpty() ? *name : QFileInfo(m_session->filePath()).fileName())
        + QStringLiteral(" — ") + tr("CSIRT Kit");
    if (m_session->isReadOnly())
        title += QStringLiteral(" ") + tr("[read-only]");
    setWindowTitle(title);
}

void MainWindow::updateStatus()
{
    if (!m_session) {
        m_fileLabel->clear();
        m_stateLabel->clear();
        return;
    }
    m_fileLabel->setText(QDir::toNativeSeparators(m_session->filePath()));
    m_stateLabel->setText(m_session->isReadOnly() ? tr("Read-only") : tr("All changes saved"));
    m_stateLabel->setToolTip(m_session->workspace().readOnlyReason());
}

void MainWindow::retranslate()
{
    if (auto *presentation = findChild<QAction *>(QStringLiteral("actionPresentation")))
        presentation->setText(tr("&Presentation Mode"));
    for (int i = 0; i < m_pages.size(); ++i) {
        m_ui->navigationListWidget->item(i)->setText(m_pages.at(i)->title());
        m_pageActions.at(i)->setText(m_pages.at(i)->title());
    }
    updateWindowTitle();
    updateStatus();
}

void MainWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        createUndoActions();
        retranslate();
    }
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    Config::set(Config::Key::MainWindowGeometry, saveGeometry());
    Config::set(Config::Key::MainWindowState, saveState());
    Config::set(Config::Key::MainWindowPage, currentPageId());
    event->accept();
}

} // namespace csirtkit
