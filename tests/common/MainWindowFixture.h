#pragma once

// Shared setup for GUI tests: a fresh profile, captured message boxes, English, and the real
// MainWindow showing a new workspace.

#include "common/Config.h"
#include "common/Language.h"
#include "common/MessageBox.h"
#include "workspace/MainWindow.h"
#include "workspace/WorkspaceSession.h"

#include <QAction>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <memory>

namespace fixtures {

class MainWindowFixture
{
public:
    static void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        csirtkit::MessageBox::setCaptureForTests(true);
    }

    void init()
    {
        QFile::remove(csirtkit::Config::fileName());
        csirtkit::Language::apply(QStringLiteral("en"));
        csirtkit::MessageBox::clear();
        dir = std::make_unique<QTemporaryDir>();
        window = std::make_unique<csirtkit::MainWindow>();
        QVERIFY(window->createWorkspace(dir->filePath(QStringLiteral("test.csirt")), QStringLiteral("Test Org")));
        window->resize(1280, 800);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    }

    void cleanup()
    {
        window.reset();
        dir.reset();
        csirtkit::Language::apply(QStringLiteral("en"));
    }

    csirtkit::Workspace &workspace() const { return window->session()->workspace(); }
    QUndoStack *undoStack() const { return window->session()->undoStack(); }
    QAction *action(const QString &name) const { return window->findChild<QAction *>(name); }
    template<typename T>
    T *find(const QString &name) const
    {
        return window->findChild<T *>(name);
    }

    std::unique_ptr<csirtkit::MainWindow> window;
    std::unique_ptr<QTemporaryDir> dir;
};

} // namespace fixtures
