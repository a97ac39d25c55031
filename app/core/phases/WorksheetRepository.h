#pragma once

#include "org/OrgProfile.h"

#include "common/Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>

namespace csirtkit {

class Workspace;

// The build-phase worksheets (project charter, scope statement, basic framework, management
// approval record). Each is a set of typed fields stored as one JSON object.
class Worksheets
{
    Q_DECLARE_TR_FUNCTIONS(Worksheets)

public:
    enum class Type { Line, Text, Date, Money, Rows };
    struct Field
    {
        QString key;
        Type type = Type::Line;
        bool required = false;
        QStringList columns;     // for Rows
        QStringList dateColumns; // for Rows: columns holding ISO dates
    };

    static QStringList kinds() { return { QStringLiteral("charter"), QStringLiteral("scope"), QStringLiteral("framework"), QStringLiteral("approval") }; }
    static QString title(const QString &kind);
    static QList<Field> fields(const QString &kind);
    static std::optional<Field> field(const QString &kind, const QString &key);
    static QString label(const QString &kind, const QString &key);
    static QString columnLabel(const QString &column);

    // Checks one value against its field; returns the normalised value or why it is refused.
    static Result<QJsonValue> validate(const QString &kind, const QString &key, const QJsonValue &value);
    // What is still missing or wrong in a worksheet (empty when complete).
    static QStringList problems(const QString &kind, const QJsonObject &values);
};

// The worksheets' fields. The basic framework's constituency and mission statement are the
// organisation profile's (OrgProfileRepository): read from and written to it, never stored twice.
class WorksheetRepository
{
public:
    explicit WorksheetRepository(Workspace &workspace) : m_workspace(workspace) { }

    Result<QJsonObject> load(const QString &kind) const;
    Result<QJsonValue> setField(const QString &kind, const QString &key, const QJsonValue &value);
    // The charter carries an approver and an approval date.
    Result<bool> charterApproved() const;

    // Worksheet field of the basic framework → the profile field it shows.
    static QList<std::pair<QString, OrgProfile::Field>> profileFields();

private:
    Workspace &m_workspace;
};

} // namespace csirtkit
