#pragma once

#include "common/Result.h"
#include "phases/DecisionRepository.h"
#include "phases/PlanTypes.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace csirtkit {

class Workspace;

// Everything the exported plan shows, read from a workspace in one go and resolved to one content
// language, plus the translated phrases of the plan document.
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
    enum class Label { Decisions, Services, OrgModel, Worksheets, Area, Service, Status, ScopeAndHours, Item, Owner, Due, ChosenModel };
    static QString label(Label label);
    static QString documentTitle();
    static QString exportedOn(const QString &date); // `date` as the document shows dates
    static QString progressText(const PlanProgress &progress);
    QString dueDate(const PlanItem &item, const QString &shown) const; // `shown`, marked when overdue
    bool isOverdue(const PlanItem &item) const { return item.isOverdue(date); }
    static QString notApplicableText(const QString &reason);
    static QString scopeAndHours(const ServiceChoice &choice);
    static QString notDecided();
    static QString reasonLabel();
    static QString empty() { return QStringLiteral("—"); }
    static QString cellText(const QJsonValue &value) { return value.toString().trimmed(); }
};

} // namespace csirtkit
