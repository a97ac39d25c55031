#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>

namespace csirtkit {

// Tamper evidence for everything that matters in a workspace (schema 10). Every transaction CSIRT
// Kit commits appends the new state of each incident it touched — digests of every field and record
// family (IntegrityState) — to a hash chain, `integrity_ledger`, whose head is also kept in
// workspace_meta. Which incidents a transaction touched is noted by TEMPORARY triggers that exist only
// on CSIRT Kit's own connection, so an edit made with another program (the sqlite3 tool) changes the
// state without a ledger entry, and verify() names what differs.
//
// What it cannot do: someone with write access to the file who also recomputes the digests and the
// whole chain leaves a consistent file. Only an anchor kept outside the file (anchorText(), printed by
// `csirtkit-cli verify --anchor`) exposes that: a rewritten chain no longer has the anchored hash.
class IntegrityLedger
{
    Q_DECLARE_TR_FUNCTIONS(IntegrityLedger)

public:
    // On a writable connection of a workspace of format 10 or later: the temporary triggers.
    static Result<void> install(const QSqlDatabase &db);
    // Inside the caller's transaction, before COMMIT: seals what the transaction changed. Only on a
    // connection install() prepared (Workspace calls it for writable workspaces of format 10 on).
    static Result<void> sealChanges(const QSqlDatabase &db);
    // Seals every incident and the workspace's rules (the upgrade to format 10 does this).
    static Result<void> sealAll(const QSqlDatabase &db);

    struct Finding
    {
        QString subject; // INC-2026-0001, "workspace" or "ledger"
        QString message; // a translated sentence naming what changed
    };
    // Reads only. Empty when everything matches the ledger.
    static Result<QList<Finding>> verify(const QSqlDatabase &db);
    // One incident against its last sealed state (the Journal tab's check); empty when it matches.
    static Result<QList<Finding>> verifyIncident(const QSqlDatabase &db, qint64 incidentId);
    // The identifier counter behind the highest identifier of its year (also part of verify()).
    static Result<QList<Finding>> counterFindings(const QSqlDatabase &db);

    struct Anchor
    {
        QString workspaceId;
        qint64 count = 0;
        QString hash;
        QDateTime madeUtc;
    };
    static Result<Anchor> head(const QSqlDatabase &db);
    static QString anchorText(const Anchor &anchor, const QString &organisation);
    // Reads every anchor in a text made by anchorText() (several may be kept in one file).
    static Result<QList<Anchor>> parseAnchors(const QByteArray &text);
    static Result<QList<Finding>> checkAnchors(const QSqlDatabase &db, const QList<Anchor> &anchors);
};

} // namespace csirtkit
