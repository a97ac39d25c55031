#include "IncidentFixture.h"

#include "incidents/Artefacts.h"

using namespace csirtkit;

class TestArtefacts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void textIsKeptVerbatim();
    void badArtefactsAreRefused();
};

void TestArtefacts::textIsKeptVerbatim()
{
    fixtures::Incidents f;
    Artefacts artefacts(*f.workspace);
    Artefact a;
    a.incidentId = f.first;
    a.title = QStringLiteral(" Mail headers ");
    a.syntax = QStringLiteral("Email");
    a.content = QStringLiteral("Received: from x\r\n<img src=x onerror=alert(1)>\n<a href=\"file:///etc/passwd\">y</a>\n");
    a.author = QStringLiteral("Aiko");
    const qint64 id = artefacts.add(a).value();
    auto list = artefacts.list(f.first).value();
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.first().title, QStringLiteral("Mail headers"));
    QCOMPARE(list.first().content, a.content);
    QCOMPARE(list.first().syntax, QStringLiteral("Email"));
    QCOMPARE(list.first().author, QStringLiteral("Aiko"));
    QVERIFY(artefacts.remove(id));
    QCOMPARE(artefacts.list(f.first)->size(), 0);
}

void TestArtefacts::badArtefactsAreRefused()
{
    fixtures::Incidents f;
    Artefacts artefacts(*f.workspace);
    Artefact a;
    a.incidentId = f.first;
    a.content = QStringLiteral("log");
    QVERIFY(artefacts.add(a).error().message.contains(QStringLiteral("title")));
    a.title = QStringLiteral("Log");
    a.content.clear();
    QVERIFY(artefacts.add(a).error().message.contains(QStringLiteral("empty")));
    a.content = QStringLiteral("MZ") + QChar(0) + QStringLiteral("binary");
    QVERIFY(artefacts.add(a).error().message.contains(QStringLiteral("binary")));
    a.content = QString(Artefacts::MaxContentLength + 1, QLatin1Char('a'));
    QVERIFY(artefacts.add(a).error().message.contains(QStringLiteral("too large")));
    a.content = QStringLiteral("ok");
    a.incidentId = 9999;
    QCOMPARE(artefacts.add(a).error().code, ErrorCode::NotFound);
    QCOMPARE(artefacts.list(f.first)->size(), 0);
}

QTEST_GUILESS_MAIN(TestArtefacts)
#include "tst_artefacts.moc"
