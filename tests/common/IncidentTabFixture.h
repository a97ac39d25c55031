#pragma once

// Shared setup for the incident tab tests: a fresh profile, captured message boxes, English, a
// WorkspaceSession on a new workspace with two incidents, and the analyst's name set.

#include "common/Config.h"
#include "common/Language.h"
#include "common/MessageBox.h"
#include "incidents/IncidentRepository.h"
#include "incidents/IncidentTab.h"
#include "workspace/Workspace.h"
#include "workspace/WorkspaceSession.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <memory>

namespace fixtures {

class IncidentTabFixture
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
        csirtkit::Config::set(csirtkit::Config::Key::UserName, QStringLiteral("Aiko Tanaka"));
        csirtkit::MessageBox::clear();
        dir = std::make_unique<QTemporaryDir>();
        auto created = csirtkit::Workspace::create(dir->filePath(QStringLiteral("test.csirt")), QStringLiteral("Test Org"));
        QVERIFY2(created.ok(), "workspace not created");
        session = std::make_unique<csirtkit::WorkspaceSession>(std::move(*created));
        csirtkit::IncidentDraft draft;
        draft.title = QStringLiteral("Phishing mail to finance");
        first = csirtkit::IncidentRepository(workspace()).create(draft, QStringLiteral("Aiko Tanaka")).value();
        draft.title = QStringLiteral("Defaced campaign site");
        second = csirtkit::IncidentRepository(workspace()).create(draft, QStringLiteral("Aiko Tanaka")).value();
    }

    void cleanup()
    {
        session.reset();
        dir.reset();
    }

    // As the incident view does: show `*current` now and re-read it after every change to incidents.
    void attach(csirtkit::IncidentTab *tab, const qint64 *current) const
    {
        csirtkit::WorkspaceSession *s = session.get();
        QObject::connect(s, &csirtkit::WorkspaceSession::changed, tab, [tab, s, current](const QString &entity) {
            if (entity.startsWith(QLatin1String("incident")))
                tab->setIncident(s, *current);
        });
        tab->setIncident(s, *current);
    }

    csirtkit::Workspace &workspace() const { return session->workspace(); }
    QUndoStack *undoStack() const { return session->undoStack(); }

    std::unique_ptr<QTemporaryDir> dir;
    std::unique_ptr<csirtkit::WorkspaceSession> session;
    qint64 first = 0;
    qint64 second = 0;
};

} // namespace fixtures
