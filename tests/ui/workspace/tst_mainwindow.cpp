#include "Fixtures.h"

#include "common/Config.h"
#include "common/FileDialog.h"
#include "common/Language.h"
#include "common/MessageBox.h"
#include "org/OrgProfilePage.h"
#include "org/OrgProfileRepository.h"
#include "workspace/MainWindow.h"
#include "workspace/NewWorkspaceDialog.h"
#include "workspace/SettingsDialog.h"
#include "workspace/WorkspaceSession.h"

#include <QAction>
#include <QComboBox>
#include <QPushButton>
#include <QScreen>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QProcess>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTimer>
#include <QUndoStack>
#include <QXmlStreamReader>

using namespace csirtkit;

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void firstRunCreatesAndOpensDefaultWorkspace();
    void sidebarAndShortcutsNavigate();
    void profileEditIsSavedAndUndoable();
    void selectedNavigationIconStaysVisible();
    void invalidFieldShowsMessageAndSavesNothing();
    void notesAreSavedFromMarkdownEditor();
    void userTextIsShownAsPlainText();
    void languageSwitchesAtRuntime();
    void badFileShowsMessageAndKeepsWorkspace_data();
    void badFileShowsMessageAndKeepsWorkspace();
    void fileInUseShowsMessageAndKeepsWorkspace();
    void readOnlyWorkspaceDisablesEditing();
    void newWorkspaceFromDialog();
    void newWorkspaceDialogValidates();
    void saveAsContinuesInTheCopy();
    void verifyIntegrityNamesDirectEdits();
    void exportPlanNeverReplacesTheWorkspace();
    void packageNamesOnlyWhatTheAppDoes();
    void openFromDialogAddsRecentFile();
    void commandLineFileIsOpened();
    void windowStateIsRemembered();

private:
    template<typename T>
    T *find(const QString &name) const
    {
        T *child = m_window->findChild<T *>(name);
        if (!child)
            qWarning("no child named %s", qPrintable(name));
        return child;
    }
    QAction *action(const QString &name) const { return find<QAction>(name); }
    QString profileValue(OrgProfile::Field field) const
    {
        return OrgProfileRepository(m_window->session()->workspace()).value(field).value();
    }
    void typeInto(QLineEdit *edit, const QString &text)
    {
        edit->setText(text);
        Q_EMIT edit->editingFinished();
    }

    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    MessageBox::setCaptureForTests(true);
}

void TestMainWindow::init()
{
    QFile::remove(Config::fileName());
    QFile::remove(MainWindow::defaultWorkspacePath());
    Language::apply(QStringLiteral("en"));
    MessageBox::clear();
    m_dir = std::make_unique<QTemporaryDir>();
    m_window = std::make_unique<MainWindow>();
    m_window->openInitial(QString());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestMainWindow::cleanup()
{
    m_window.reset();
    Language::apply(QStringLiteral("en"));
}

void TestMainWindow::firstRunCreatesAndOpensDefaultWorkspace()
{
    QVERIFY(m_window->session());
    QCOMPARE(m_window->session()->filePath(), MainWindow::defaultWorkspacePath());
    QVERIFY(QFileInfo::exists(MainWindow::defaultWorkspacePath()));
    QVERIFY2(MessageBox::shownCount() == 0, qPrintable(MessageBox::lastText()));
    QCOMPARE(find<QLabel>(QStringLiteral("organisationNameLabel"))->text(), QStringLiteral("My organisation"));
    QCOMPARE(find<QLabel>(QStringLiteral("fileStatusLabel"))->text(),
             QDir::toNativeSeparators(MainWindow::defaultWorkspacePath()));
    QCOMPARE(find<QLabel>(QStringLiteral("stateStatusLabel"))->text(), QStringLiteral("All changes saved"));
    QVERIFY(m_window->windowTitle().startsWith(QStringLiteral("My organisation")));
    QCOMPARE(m_window->currentPageId(), QStringLiteral("overview"));
    QCOMPARE(m_window->pageIds(), (QStringList { QStringLiteral("overview"), QStringLiteral("profile"), QStringLiteral("phases"),
                                                 QStringLiteral("services"), QStringLiteral("model"), QStringLiteral("worksheets"),
                                                 QStringLiteral("team"), QStringLiteral("incidents"), QStringLiteral("metrics") }));
}

void TestMainWindow::sidebarAndShortcutsNavigate()
{
    auto *nav = find<QListWidget>(QStringLiteral("navigationListWidget"));
    auto *stack = find<QStackedWidget>(QStringLiteral("pagesStackedWidget"));
    QCOMPARE(nav->count(), 9);
    QCOMPARE(nav->item(1)->text(), QStringLiteral("Organisation profile"));
    nav->setCurrentRow(1);
    QVERIFY(qobject_cast<OrgProfilePage *>(stack->currentWidget()));
    action(QStringLiteral("actionGo_overview"))->trigger();
    QCOMPARE(m_window->currentPageId(), QStringLiteral("overview"));
    QCOMPARE(action(QStringLiteral("actionGo_profile"))->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_2));
    // The overview's call to action leads to the profile.
    find<QPushButton>(QStringLiteral("profilePushButton"))->click();
    QCOMPARE(m_window->currentPageId(), QStringLiteral("profile"));
    QVERIFY(!m_window->showPage(QStringLiteral("no-such-page")));
    // Every menu action has a keyboard shortcut or sits in a menu with a mnemonic.
    for (const char *name : { "actionWorkspaceNew", "actionWorkspaceOpen", "actionWorkspaceSaveAs", "actionQuit",
                              "actionSettings", "actionUndo", "actionRedo", "actionHelp" })
        QVERIFY2(!action(QString::fromLatin1(name))->shortcut().isEmpty(), name);
}

// The navigation icons are blue like the selection: the selected item's icon is drawn in the
// highlighted-text colour instead of vanishing.
void TestMainWindow::selectedNavigationIconStaysVisible()
{
    auto *navigation = find<QListWidget>(QStringLiteral("navigationListWidget"));
    const QIcon icon = navigation->item(0)->icon();
    const QImage normal = icon.pixmap(QSize(24, 24), QIcon::Normal).toImage();
    const QImage selected = icon.pixmap(QSize(24, 24), QIcon::Selected).toImage();
    const QColor wanted = QGuiApplication::palette().color(QPalette::HighlightedText);
    int opaque = 0, inColour = 0;
    for (int y = 0; y < selected.height(); ++y)
        for (int x = 0; x < selected.width(); ++x) {
            const QColor c = selected.pixelColor(x, y);
            if (c.alpha() < 200)
                continue;
            ++opaque;
            inColour += qAbs(c.red() - wanted.red()) + qAbs(c.green() - wanted.green()) + qAbs(c.blue() - wanted.blue()) < 30;
        }
    QVERIFY(opaque > 20);
    QCOMPARE(inColour, opaque);
    QVERIFY(normal != selected);
}

void TestMainWindow::profileEditIsSavedAndUndoable()
{
    m_window->showPage(QStringLiteral("profile"));
    auto *name = find<QLineEdit>(QStringLiteral("nameLineEdit"));
    QCOMPARE(name->text(), QStringLiteral("My organisation"));
    typeInto(name, QStringLiteral("ACME Corporation"));
    QCOMPARE(profileValue(OrgProfile::Field::Name), QStringLiteral("ACME Corporation"));
    QCOMPARE(find<QLabel>(QStringLiteral("organisationNameLabel"))->text(), QStringLiteral("ACME Corporation"));
    QVERIFY(m_window->windowTitle().startsWith(QStringLiteral("ACME Corporation")));

    typeInto(find<QLineEdit>(QStringLiteral("pgpFingerprintLineEdit")),
             QStringLiteral("8f3a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c"));
    QCOMPARE(find<QLineEdit>(QStringLiteral("pgpFingerprintLineEdit"))->text(),
             QStringLiteral("8F3A 1B2C 3D4E 5F60 7182 93A4 B5C6 D7E8 F90A 1B2C"));
    QCOMPARE(m_window->session()->undoStack()->count(), 2);
    QVERIFY(action(QStringLiteral("actionUndo"))->isEnabled());
    action(QStringLiteral("actionUndo"))->trigger();
    QCOMPARE(MessageBox::shownCount(), 0);
    QCOMPARE(profileValue(OrgProfile::Field::PgpFingerprint), QString());
    QCOMPARE(find<QLineEdit>(QStringLiteral("pgpFingerprintLineEdit"))->text(), QString());
    action(QStringLiteral("actionUndo"))->trigger();
    QCOMPARE(profileValue(OrgProfile::Field::Name), QStringLiteral("My organisation"));
    QCOMPARE(name->text(), QStringLiteral("My organisation"));
    QVERIFY(!action(QStringLiteral("actionUndo"))->isEnabled());
    action(QStringLiteral("actionRedo"))->trigger();
    QCOMPARE(profileValue(OrgProfile::Field::Name), QStringLiteral("ACME Corporation"));
    QVERIFY(action(QStringLiteral("actionUndo"))->text().contains(QStringLiteral("Organisation name")));
    // A long value set from outside the field (undo, redo, opening) shows its start.
    name->clearFocus();
    QVERIFY(OrgProfileRepository(m_window->session()->workspace())
                .setValue(OrgProfile::Field::OperatingHours, QStringLiteral("Mon–Fri 9:00–17:00, on call for P1 at all other hours"))
                .ok());
    m_window->session()->notifyChanged(QStringLiteral("org_profile"));
    auto *hours = find<QLineEdit>(QStringLiteral("operatingHoursLineEdit"));
    QVERIFY(hours->text().startsWith(QStringLiteral("Mon–Fri")));
    QCOMPARE(hours->cursorPosition(), 0);

    // An unchanged value adds no undo step.
    typeInto(name, QStringLiteral("  ACME Corporation "));
    QCOMPARE(m_window->session()->undoStack()->index(), 1);
}

void TestMainWindow::invalidFieldShowsMessageAndSavesNothing()
{
    m_window->showPage(QStringLiteral("profile"));
    auto *page = m_window->findChild<OrgProfilePage *>();
    typeInto(find<QLineEdit>(QStringLiteral("emailLineEdit")), QStringLiteral("csirt at example"));
    QVERIFY2(page->errorText().contains(QStringLiteral("is not an e-mail address")), qPrintable(page->errorText()));
    QVERIFY(find<QLabel>(QStringLiteral("profileErrorLabel"))->isVisible());
    QCOMPARE(profileValue(OrgProfile::Field::Email), QString());
    QCOMPARE(m_window->session()->undoStack()->count(), 0);

    typeInto(find<QLineEdit>(QStringLiteral("nameLineEdit")), QString());
    QVERIFY(page->errorText().contains(QStringLiteral("cannot be empty")));
    QCOMPARE(profileValue(OrgProfile::Field::Name), QStringLiteral("My organisation"));

    // Fixing the value clears the message and saves.
    typeInto(find<QLineEdit>(QStringLiteral("emailLineEdit")), QStringLiteral("csirt@example.org"));
    QCOMPARE(page->errorText(), QString());
    QCOMPARE(profileValue(OrgProfile::Field::Email), QStringLiteral("csirt@example.org"));

    auto *zone = find<QComboBox>(QStringLiteral("timeZoneComboBox"));
    zone->setCurrentText(QStringLiteral("Atlantis/Capital"));
    Q_EMIT zone->lineEdit()->editingFinished();
    QVERIFY(page->errorText().contains(QStringLiteral("not a known time zone")));
    zone->setCurrentText(QStringLiteral("Asia/Tokyo"));
    Q_EMIT zone->lineEdit()->editingFinished();
    QCOMPARE(profileValue(OrgProfile::Field::TimeZone), QStringLiteral("Asia/Tokyo"));
}

void TestMainWindow::notesAreSavedFromMarkdownEditor()
{
    m_window->showPage(QStringLiteral("profile"));
    auto *editor = find<QWidget>(QStringLiteral("notesMarkdownEditor"))->findChild<QPlainTextEdit *>(QStringLiteral("markdownTextEdit"));
    editor->setPlainText(QStringLiteral("# History\nFounded in **2024**."));
    QTRY_COMPARE(profileValue(OrgProfile::Field::Notes), QStringLiteral("# History\nFounded in **2024**."));
    editor->appendPlainText(QStringLiteral("More."));
    QTRY_COMPARE(profileValue(OrgProfile::Field::Notes), QStringLiteral("# History\nFounded in **2024**.\nMore."));
    // Consecutive typing in the notes is one undo step.
    QCOMPARE(m_window->session()->undoStack()->count(), 1);
    action(QStringLiteral("actionUndo"))->trigger();
    QCOMPARE(profileValue(OrgProfile::Field::Notes), QString());
    QCOMPARE(editor->toPlainText(), QString());
}

void TestMainWindow::userTextIsShownAsPlainText()
{
    m_window->showPage(QStringLiteral("profile"));
    const QString hostile = QStringLiteral("<img src=x onerror=alert(1)><a href=\"file:///etc/passwd\">x</a>");
    typeInto(find<QLineEdit>(QStringLiteral("nameLineEdit")), hostile);
    auto *label = find<QLabel>(QStringLiteral("organisationNameLabel"));
    QCOMPARE(label->textFormat(), Qt::PlainText);
    QCOMPARE(label->text(), hostile);
}

void TestMainWindow::languageSwitchesAtRuntime()
{
    auto *nav = find<QListWidget>(QStringLiteral("navigationListWidget"));
    SettingsDialog::applyLanguage(QStringLiteral("ja"));
    QCOMPARE(Config::get(Config::Key::Language).toString(), QStringLiteral("ja"));
    QTRY_COMPARE(nav->item(0)->text(), QStringLiteral("概要")); // LanguageChange events are posted
    QCOMPARE(nav->item(1)->text(), QStringLiteral("組織プロファイル"));
    QCOMPARE(find<QMenu>(QStringLiteral("menuFile"))->title(), QStringLiteral("ファイル(&F)"));
    QCOMPARE(find<QLabel>(QStringLiteral("nameLabel"))->text(), QStringLiteral("組織名"));
    QCOMPARE(find<QLabel>(QStringLiteral("stateStatusLabel"))->text(), QStringLiteral("すべての変更を保存済み"));
    SettingsDialog::applyLanguage(QStringLiteral("en"));
    QTRY_COMPARE(nav->item(0)->text(), QStringLiteral("Overview"));
    QCOMPARE(find<QMenu>(QStringLiteral("menuFile"))->title(), QStringLiteral("&File"));
}

void TestMainWindow::badFileShowsMessageAndKeepsWorkspace_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("phrase");
    QTest::newRow("not sqlite") << 0 << QStringLiteral("not a database file");
    QTest::newRow("other application") << 1 << QStringLiteral("another application");
    QTest::newRow("newer version") << 2 << QStringLiteral("newer version of CSIRT Kit");
    QTest::newRow("corrupt") << 3 << QStringLiteral("damaged");
    QTest::newRow("missing") << 4 << QStringLiteral("does not exist");
}

void TestMainWindow::badFileShowsMessageAndKeepsWorkspace()
{
    QFETCH(int, kind);
    QFETCH(QString, phrase);
    const QDir d(m_dir->path());
    QString path;
    switch (kind) {
    case 0: path = fixtures::makeTextFile(d); break;
    case 1: path = fixtures::makeForeignSqlite(d); break;
    case 2: path = fixtures::makeNewerWorkspace(d); break;
    case 3: path = fixtures::makeCorruptWorkspace(d); break;
    case 4: path = d.filePath(QStringLiteral("gone.csirt")); break;
    }
    const QByteArray before = fixtures::sha256(path);
    const QString previous = m_window->session()->filePath();
    MessageBox::clear();
    FileDialog::setNextFileName(path);
    action(QStringLiteral("actionWorkspaceOpen"))->trigger();
    QCOMPARE(MessageBox::shownCount(), 1);
    QVERIFY2(MessageBox::lastText().contains(phrase), qPrintable(MessageBox::lastText()));
    QCOMPARE(m_window->session()->filePath(), previous);
    QCOMPARE(fixtures::sha256(path), before);
    // The old workspace is still fully usable.
    m_window->showPage(QStringLiteral("profile"));
    typeInto(find<QLineEdit>(QStringLiteral("phoneLineEdit")), QStringLiteral("+81-3-1234-5678"));
    QCOMPARE(profileValue(OrgProfile::Field::Phone), QStringLiteral("+81-3-1234-5678"));
}

void TestMainWindow::fileInUseShowsMessageAndKeepsWorkspace()
{
    const QString path = fixtures::makeWorkspace(QDir(m_dir->path()), QStringLiteral("held.csirt"));
    QProcess holder;
    holder.start(QStringLiteral(CSIRTKIT_BINARY_DIR "/tests/workspace_writer"), { QStringLiteral("hold"), path });
    QVERIFY(holder.waitForReadyRead(10000));
    const QByteArray before = fixtures::sha256(path);
    const QString previous = m_window->session()->filePath();
    QVERIFY(!m_window->openWorkspace(path));
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("in use by another program")), qPrintable(MessageBox::lastText()));
    QCOMPARE(m_window->session()->filePath(), previous);
    QCOMPARE(fixtures::sha256(path), before);
    holder.closeWriteChannel();
    QVERIFY(holder.waitForFinished(10000));
}

void TestMainWindow::readOnlyWorkspaceDisablesEditing()
{
    const QString path = fixtures::makeReadOnlyWorkspace(QDir(m_dir->path()));
    const QByteArray before = fixtures::sha256(path);
    QVERIFY(m_window->openWorkspace(path));
    QVERIFY(m_window->session()->isReadOnly());
    QCOMPARE(find<QLabel>(QStringLiteral("stateStatusLabel"))->text(), QStringLiteral("Read-only"));
    QVERIFY(m_window->windowTitle().contains(QStringLiteral("[read-only]")));
    QVERIFY(find<QLineEdit>(QStringLiteral("nameLineEdit"))->isReadOnly());
    QVERIFY(!find<QComboBox>(QStringLiteral("timeZoneComboBox"))->isEnabled());
    QCOMPARE(fixtures::sha256(path), before);
}

void TestMainWindow::newWorkspaceFromDialog()
{
    const QString path = QDir(m_dir->path()).filePath(QStringLiteral("fresh"));
    QTimer::singleShot(0, this, [path] {
        auto *dialog = qobject_cast<NewWorkspaceDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        dialog->findChild<QLineEdit *>(QStringLiteral("organisationNameLineEdit"))->setText(QStringLiteral("Fresh Org"));
        dialog->findChild<QLineEdit *>(QStringLiteral("fileLineEdit"))->setText(path);
        dialog->accept();
    });
    action(QStringLiteral("actionWorkspaceNew"))->trigger();
    QCOMPARE(m_window->session()->filePath(), path + QStringLiteral(".csirt"));
    QCOMPARE(profileValue(OrgProfile::Field::Name), QStringLiteral("Fresh Org"));
    QCOMPARE(find<QLabel>(QStringLiteral("organisationNameLabel"))->text(), QStringLiteral("Fresh Org"));
    QCOMPARE(m_window->session()->undoStack()->count(), 0);
}

void TestMainWindow::newWorkspaceDialogValidates()
{
    NewWorkspaceDialog dialog(m_window.get());
    // The file follows the organisation's name, in the documents folder, under a name no file has.
    auto *name = dialog.findChild<QLineEdit *>(QStringLiteral("organisationNameLineEdit"));
    auto *file = dialog.findChild<QLineEdit *>(QStringLiteral("fileLineEdit"));
    QVERIFY(!file->text().endsWith(QStringLiteral("csirt.csirt")));
    QTest::keyClicks(name, QStringLiteral("ACME: Ops"));
    QVERIFY2(file->text().endsWith(QStringLiteral("ACME- Ops.csirt")), qPrintable(file->text()));
    bool buddied = false;
    for (const QLabel *label : dialog.findChildren<QLabel *>())
        buddied = buddied || (label->text() == QStringLiteral("&File:") && label->buddy() == file);
    QVERIFY(buddied);
    const QString taken = QDir::fromNativeSeparators(FileDialog::freeWorkspacePath(QStringLiteral("Numbered"), m_dir->path()));
    QCOMPARE(taken, QDir(m_dir->path()).filePath(QStringLiteral("Numbered.csirt")));
    QVERIFY(QFile(taken).open(QIODevice::WriteOnly));
    QCOMPARE(QDir::fromNativeSeparators(FileDialog::freeWorkspacePath(QStringLiteral("Numbered"), m_dir->path())),
             QDir(m_dir->path()).filePath(QStringLiteral("Numbered-2.csirt")));
    QCOMPARE(QFileInfo(FileDialog::freeWorkspacePath(QStringLiteral("../.hidden/x"), m_dir->path())).fileName(),
             QStringLiteral("-.hidden-x.csirt"));
    name->setText(QStringLiteral("  "));
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("errorLabel"))->text(), QStringLiteral("Enter the organisation's name."));
    dialog.findChild<QLineEdit *>(QStringLiteral("organisationNameLineEdit"))->setText(QStringLiteral("Org"));
    dialog.findChild<QLineEdit *>(QStringLiteral("fileLineEdit"))->setText(QStringLiteral("/no/such/folder/x.csirt"));
    dialog.accept();
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("errorLabel"))->text().contains(QStringLiteral("does not exist")));
    // Replacing an existing file needs a yes.
    const QString existing = fixtures::makeWorkspace(QDir(m_dir->path()), QStringLiteral("existing.csirt"));
    dialog.findChild<QLineEdit *>(QStringLiteral("fileLineEdit"))->setText(existing);
    MessageBox::setNextAnswer(QMessageBox::No);
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("already exists")));
}

void TestMainWindow::saveAsContinuesInTheCopy()
{
    m_window->showPage(QStringLiteral("profile"));
    typeInto(find<QLineEdit>(QStringLiteral("shortNameLineEdit")), QStringLiteral("ACME-CSIRT"));
    const QString original = m_window->session()->filePath();
    const QString copy = QDir(m_dir->path()).filePath(QStringLiteral("copy"));
    FileDialog::setNextFileName(copy);
    action(QStringLiteral("actionWorkspaceSaveAs"))->trigger();
    QCOMPARE(m_window->session()->filePath(), copy + QStringLiteral(".csirt"));
    QCOMPARE(profileValue(OrgProfile::Field::ShortName), QStringLiteral("ACME-CSIRT"));
    typeInto(find<QLineEdit>(QStringLiteral("shortNameLineEdit")), QStringLiteral("COPY-CSIRT"));
    // The original is untouched by edits made after Save As.
    auto originalWs = Workspace::open(original);
    QVERIFY(originalWs);
    QCOMPARE(OrgProfileRepository(**originalWs).value(OrgProfile::Field::ShortName).value(), QStringLiteral("ACME-CSIRT"));
}

void TestMainWindow::verifyIntegrityNamesDirectEdits()
{
    MessageBox::clear();
    action(QStringLiteral("actionWorkspaceVerify"))->trigger();
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("are as CSIRT Kit recorded them")), qPrintable(MessageBox::lastText()));
    // Another program changes the priority matrix behind the window's back.
    QVERIFY(fixtures::rawSql(m_window->session()->filePath(),
                             { QStringLiteral("INSERT OR REPLACE INTO priority_matrix (impact, urgency, priority) VALUES ('high', 'high', 'P4')") }));
    MessageBox::clear();
    action(QStringLiteral("actionWorkspaceVerify"))->trigger();
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("changed outside CSIRT Kit")), qPrintable(MessageBox::lastText()));
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("priority matrix")));
}

void TestMainWindow::exportPlanNeverReplacesTheWorkspace()
{
    const QString workspace = m_window->session()->filePath();
    const QByteArray before = fixtures::sha256(workspace);
    const QString link = QDir(m_dir->path()).filePath(QStringLiteral("plan.md"));
    QVERIFY(QFile::link(workspace, link));
    for (const QString &target : { workspace, link }) {
        MessageBox::clear();
        FileDialog::setNextFileName(target);
        action(QStringLiteral("actionPlanExport"))->trigger();
        QVERIFY2(MessageBox::lastText().contains(QStringLiteral("nothing was written")), qPrintable(MessageBox::lastText()));
        QCOMPARE(fixtures::sha256(workspace), before);
    }
}

void TestMainWindow::packageNamesOnlyWhatTheAppDoes()
{
    // Each feature the AppStream metainfo lists (English <li>) starts with the name of a page.
    static const QList<std::pair<QString, QString>> features = {
        { QStringLiteral("Phase guide"), QStringLiteral("phases") },
        { QStringLiteral("Service catalogue"), QStringLiteral("services") },
        { QStringLiteral("Organisational model"), QStringLiteral("model") },
        { QStringLiteral("Incident log"), QStringLiteral("incidents") },
        { QStringLiteral("Metrics"), QStringLiteral("metrics") },
        { QStringLiteral("Organisation profile"), QStringLiteral("profile") },
        { QStringLiteral("Staffing"), QStringLiteral("team") },
        { QStringLiteral("Role"), QStringLiteral("team") },
        { QStringLiteral("Incident handling manual"), QStringLiteral("manual") },
    };
    QFile file(QStringLiteral(CSIRTKIT_SOURCE_DIR "/packaging/org.csirtkit.CsirtKit.metainfo.xml"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    int english = 0, japanese = 0;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement || xml.name() != QLatin1String("li"))
            continue;
        const bool ja = xml.attributes().value(QLatin1String("xml:lang")) == QLatin1String("ja");
        const QString text = xml.readElementText().simplified();
        if (ja) {
            ++japanese;
            continue;
        }
        ++english;
        QString page;
        for (const auto &[name, id] : features)
            if (text.startsWith(name, Qt::CaseInsensitive))
                page = id;
        QVERIFY2(!page.isEmpty(), qPrintable(QStringLiteral("no page known for the feature “%1”").arg(text)));
        QVERIFY2(m_window->showPage(page), qPrintable(QStringLiteral("“%1” names the page %2, which the app lacks").arg(text, page)));
    }
    QVERIFY(!xml.hasError());
    QVERIFY(english >= 5);
    QCOMPARE(japanese, english);
    // The prose may not promise what has no page yet either (metainfo and the .deb description).
    QFile cpack(QStringLiteral(CSIRTKIT_SOURCE_DIR "/packaging/CMakeLists.txt"));
    QVERIFY(cpack.open(QIODevice::ReadOnly));
    file.seek(0);
    const QString all = QString::fromUtf8(file.readAll() + cpack.readAll()).toLower();
    for (const auto &[word, page] : { std::pair { QStringLiteral("staffing"), QStringLiteral("team") },
                                      std::pair { QStringLiteral("handling manual"), QStringLiteral("manual") },
                                      std::pair { QStringLiteral("maturity"), QStringLiteral("maturity") },
                                      std::pair { QStringLiteral("tabletop"), QStringLiteral("exercises") } }) {
        if (all.contains(word))
            QVERIFY2(m_window->showPage(page), qPrintable(QStringLiteral("the package mentions “%1” but there is no %2 page").arg(word, page)));
    }
}

void TestMainWindow::openFromDialogAddsRecentFile()
{
    const QString path = fixtures::makeWorkspace(QDir(m_dir->path()), QStringLiteral("other.csirt"), QStringLiteral("Other Org"));
    FileDialog::setNextFileName(path);
    action(QStringLiteral("actionWorkspaceOpen"))->trigger();
    QCOMPARE(m_window->session()->filePath(), path);
    QCOMPARE(find<QLabel>(QStringLiteral("organisationNameLabel"))->text(), QStringLiteral("Other Org"));
    QCOMPARE(Config::recentFiles().first(), path);
    QCOMPARE(Config::get(Config::Key::LastWorkspace).toString(), path);
    auto *recent = find<QMenu>(QStringLiteral("menuRecent"));
    Q_EMIT recent->aboutToShow();
    QVERIFY(recent->actions().first()->text().contains(QStringLiteral("other.csirt")));
    // Cancelling the dialog changes nothing.
    FileDialog::setNextFileName(QString());
    action(QStringLiteral("actionWorkspaceOpen"))->trigger();
    QCOMPARE(m_window->session()->filePath(), path);
}

void TestMainWindow::commandLineFileIsOpened()
{
    const QString path = fixtures::makeWorkspace(QDir(m_dir->path()), QStringLiteral("cli.csirt"), QStringLiteral("CLI Org"));
    {
        MainWindow window;
        window.openInitial(path);
        QCOMPARE(window.session()->filePath(), path);
    }
    // A bad file on the command line: one message, then the last workspace.
    MainWindow second;
    MessageBox::clear();
    second.openInitial(fixtures::makeTextFile(QDir(m_dir->path())));
    QCOMPARE(MessageBox::shownCount(), 1);
    QVERIFY(second.session());
    QCOMPARE(second.session()->filePath(), path);
}

void TestMainWindow::windowStateIsRemembered()
{
    m_window->resize(780, 520); // the offscreen screen is 800x600; Qt may clamp to the minimum size
    const QSize saved = m_window->size();
    m_window->showPage(QStringLiteral("profile"));
    m_window->close();
    QVERIFY(!Config::get(Config::Key::MainWindowGeometry).toByteArray().isEmpty());
    QCOMPARE(Config::get(Config::Key::MainWindowPage).toString(), QStringLiteral("profile"));
    MainWindow again;
    // Qt clamps a restored window to the (800x600 offscreen) screen; the height is within it.
    QCOMPARE(again.height(), saved.height());
    QVERIFY(again.width() >= qMin(saved.width(), again.screen()->availableGeometry().width()) - 2);
    QCOMPARE(again.findChild<QListWidget *>(QStringLiteral("navigationListWidget"))->count(), 9);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
