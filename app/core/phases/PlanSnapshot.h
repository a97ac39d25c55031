#pragma once

#include "common/Result.h"
#include "phases/DecisionRepository.h"
#include "phases/PlanTypes.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace csirtkit {

class Workspace;

// Everything the exported plan shows, read from a workspace in one go and resolved to one content
// language, plus the translated phrases the Markdown and HTML renderings share.
class PlanSnapshot
{
    Q_DECLARE_TR_FUNCTIONS(PlanSnapshot)

public:
    struct Step
    {
        QString title;
        QString purpose;
        QList<PlanItem> items;
    };
    struct Phase
    {
        QString title;
        QList<Step> steps;
        PlanProgress progress;
    };
    struct Service
    {
        QString title;
        ServiceChoice choice;
    };
    struct Area
    {
        QString title;
        QList<Service> services;
    };
    struct Worksheet
    {
        QString kind;
        QJsonObject values;
    };

    static Result<PlanSnapshot> read(Workspace &workspace, const QString &language, const QDate &date);

    QString language; // "en" or "ja": the language of shipped content
    QDate date;       // the export date; items due before it are overdue
    QString organisation;
    QList<Phase> phases;
    QList<Area> areas;
    OrgModelChoice model;
    QString modelTitle;       // empty when no model is chosen
    QString modelDescription; // shipped description of the chosen model
    QList<Worksheet> worksheets;

    // Shared phrases (translated with the installed UI language).
    enum class Label { Decisions, Services, OrgModel, Worksheets, Area, Service, Status, ScopeAndHours, Item, Owner, Due };
    static QString label(Label label);
    static QString documentTitle();
    QString exportedOn() const;
    static QString progressText(const PlanProgress &progress);
    static QString ownerText(const QString &owner);
    QString dueDate(const PlanItem &item) const; // the ISO date, marked when overdue
    QString dueText(const PlanItem &item) const; // "due …"
    static QString overdueLabel();
    bool isOverdue(const PlanItem &item) const { return item.isOverdue(date); }
    static QString notApplicableText(const QString &reason);
    static QString scopeAndHours(const ServiceChoice &choice);
    static QString notDecided();
    static QString reasonLabel();
    static QString empty() { return QStringLiteral("—"); }
    static QString cellText(const QJsonValue &value) { return value.toString().trimmed(); }
};

} // namespace csirtkit
