#include "phases/WorksheetRepository.h"

#include <QDate>
#include <QJsonArray>
#include <QRegularExpression>

namespace csirtkit {

QString Worksheets::title(const QString &kind)
{
    if (kind == QLatin1String("charter"))
        return tr("Project charter");
    if (kind == QLatin1String("scope"))
        return tr("Scope statement");
    if (kind == QLatin1String("framework"))
        return tr("Basic framework");
    if (kind == QLatin1String("approval"))
        return tr("Management approval record");
    return kind;
}

QList<Worksheets::Field> Worksheets::fields(const QString &kind)
{
    const QStringList noColumns;
    if (kind == QLatin1String("charter"))
        return { { QStringLiteral("project_name"), Type::Line, true, noColumns, noColumns },
                 { QStringLiteral("background"), Type::Text, true, noColumns, noColumns },
                 { QStringLiteral("goal"), Type::Text, true, noColumns, noColumns },
                 { QStringLiteral("deliverables"), Type::Text, false, noColumns, noColumns },
                 { QStringLiteral("budget"), Type::Money, false, noColumns, noColumns },
                 { QStringLiteral("deadline"), Type::Date, true, noColumns, noColumns },
                 { QStringLiteral("department"), Type::Line, false, noColumns, noColumns },
                 { QStringLiteral("author"), Type::Line, false, noColumns, noColumns },
                 { QStringLiteral("approver"), Type::Line, false, noColumns, noColumns },
                 { QStringLiteral("approved_on"), Type::Date, false, noColumns, noColumns },
                 { QStringLiteral("review"), Type::Text, false, noColumns, noColumns } };
    if (kind == QLatin1String("scope"))
        return { { QStringLiteral("project_manager"), Type::Line, true, noColumns, noColumns },
                 { QStringLiteral("overview"), Type::Text, true, noColumns, noColumns },
                 { QStringLiteral("goal"), Type::Text, false, noColumns, noColumns },
                 { QStringLiteral("milestones"), Type::Rows, true, { QStringLiteral("title"), QStringLiteral("date") },
                   { QStringLiteral("date") } } };
    if (kind == QLatin1String("framework"))
        return { { QStringLiteral("constituency"), Type::Text, true, noColumns, noColumns },
                 { QStringLiteral("mission"), Type::Text, true, noColumns, noColumns },
                 { QStringLiteral("authority"), Type::Text, false, noColumns, noColumns },
                 { QStringLiteral("reporting_line"), Type::Line, false, noColumns, noColumns },
                 { QStringLiteral("periodic_review"), Type::Line, false, noColumns, noColumns } };
    if (kind == QLatin1String("approval"))
        return { { QStringLiteral("approvals"), Type::Rows, true,
                   { QStringLiteral("approver"), QStringLiteral("subject"), QStringLiteral("date"), QStringLiteral("decision") },
                   { QStringLiteral("date") } } };
    return {};
}

std::optional<Worksheets::Field> Worksheets::field(const QString &kind, const QString &key)
{
    for (const Field &f : fields(kind))
        if (f.key == key)
            return f;
    return std::nullopt;
}

QString Worksheets::label(const QString &kind, const QString &key)
{
    static const QHash<QString, const char *> labels = {
        { QStringLiteral("project_name"), QT_TR_NOOP("Project name") },
        { QStringLiteral("background"), QT_TR_NOOP("Background and need") },
        { QStringLiteral("goal"), QT_TR_NOOP("Goal") },
        { QStringLiteral("deliverables"), QT_TR_NOOP("Deliverables") },
        { QStringLiteral("budget"), QT_TR_NOOP("Cost and budget") },
        { QStringLiteral("deadline"), QT_TR_NOOP("Deadline") },
        { QStringLiteral("department"), QT_TR_NOOP("Department") },
        { QStringLiteral("author"), QT_TR_NOOP("Author") },
        { QStringLiteral("approver"), QT_TR_NOOP("Approver") },
        { QStringLiteral("approved_on"), QT_TR_NOOP("Approved on") },
        { QStringLiteral("review"), QT_TR_NOOP("Review") },
        { QStringLiteral("project_manager"), QT_TR_NOOP("Project manager") },
        { QStringLiteral("overview"), QT_TR_NOOP("Overview") },
        { QStringLiteral("milestones"), QT_TR_NOOP("Milestones") },
        { QStringLiteral("constituency"), QT_TR_NOOP("Constituency") },
        { QStringLiteral("mission"), QT_TR_NOOP("Mission statement") },
        { QStringLiteral("authority"), QT_TR_NOOP("Authority") },
        { QStringLiteral("reporting_line"), QT_TR_NOOP("Reporting line") },
        { QStringLiteral("periodic_review"), QT_TR_NOOP("Periodic review") },
        { QStringLiteral("approvals"), QT_TR_NOOP("Approvals") },
    };
    Q_UNUSED(kind);
    const char *text = labels.value(key);
    return text ? tr(text) : key;
}

QString Worksheets::columnLabel(const QString &column)
{
    if (column == QLatin1String("title"))
        return tr("Milestone");
    if (column == QLatin1String("date"))
        return tr("Date");
    if (column == QLatin1String("approver"))
        return tr("Approved by");
    if (column == QLatin1String("subject"))
        return tr("What was approved");
    if (column == QLatin1String("decision"))
        return tr("Decision");
    return column;
}

Result<QJsonValue> Worksheets::validate(const QString &kind, const QString &key, const QJsonValue &value)
{
    const auto f = field(kind, key);
    if (!f)
        return makeError(ErrorCode::Invalid, tr("The worksheet has no field “%1”.").arg(key));
    const QString name = label(kind, key);
    switch (f->type) {
    case Type::Line:
    case Type::Text: {
        const QString text = f->type == Type::Line ? value.toString().trimmed() : value.toString();
        if (text.size() > 20000)
            return makeError(ErrorCode::Invalid, tr("%1 is too long (at most 20000 characters).").arg(name));
        return QJsonValue(text);
    }
    case Type::Date: {
        const QString text = value.toString().trimmed();
        if (text.isEmpty())
            return QJsonValue(QString());
        const QDate date = QDate::fromString(text, Qt::ISODate);
        if (!date.isValid())
            return makeError(ErrorCode::Invalid, tr("%1: “%2” is not a date. Use the form 2026-04-01.").arg(name, text));
        return QJsonValue(date.toString(Qt::ISODate));
    }
    case Type::Money: {
        const QString text = value.toString().trimmed();
        static const QRegularExpression amount(
            QStringLiteral(R"(^(?:[¥$€£]|JPY|USD|EUR)?\s*\d[\d,.]*\s*(?:万|億|千)?\s*(?:円|JPY|USD|EUR|yen)?$)"),
            QRegularExpression::CaseInsensitiveOption);
        // Full-width digits and ￥ from a Japanese input method count as the ASCII ones.
        if (!text.isEmpty() && !amount.match(text.normalized(QString::NormalizationForm_KC)).hasMatch())
            return makeError(ErrorCode::Invalid, tr("%1: “%2” is not an amount. Enter it like ¥5,000,000 or "
                                                    "5,000,000 JPY.").arg(name, text));
        return QJsonValue(text);
    }
    case Type::Rows: {
        if (!value.isArray())
            return makeError(ErrorCode::Invalid, tr("%1 must be a list of rows.").arg(name));
        QJsonArray rows;
        int number = 0;
        for (const QJsonValue &rowValue : value.toArray()) {
            ++number;
            const QJsonObject row = rowValue.toObject();
            QJsonObject clean;
            bool empty = true;
            for (const QString &column : f->columns) {
                QString cell = row.value(column).toString().trimmed();
                empty = empty && cell.isEmpty();
                if (f->dateColumns.contains(column) && !cell.isEmpty()) {
                    const QDate date = QDate::fromString(cell, Qt::ISODate);
                    if (!date.isValid())
                        return makeError(ErrorCode::Invalid, tr("%1, row %2: “%3” is not a date. Use the form 2026-04-01.")
                                                                 .arg(name).arg(number).arg(cell));
                    cell = date.toString(Qt::ISODate);
                }
                clean.insert(column, cell);
            }
            if (!empty)
                rows.append(clean);
        }
        return QJsonValue(rows);
    }
    }
    return value;
}

QStringList Worksheets::problems(const QString &kind, const QJsonObject &values)
{
    QStringList list;
    for (const Field &f : fields(kind)) {
        const QJsonValue v = values.value(f.key);
        if (f.type == Type::Rows) {
            const QJsonArray rows = v.toArray();
            if (f.required && rows.isEmpty())
                list << tr("Add at least one row to “%1”.").arg(label(kind, f.key));
            int number = 0;
            for (const QJsonValue &row : rows) {
                ++number;
                for (const QString &column : f.columns)
                    if (column != QLatin1String("decision") && row.toObject().value(column).toString().isEmpty())
                        list << tr("“%1”, row %2: fill in “%3”.").arg(label(kind, f.key)).arg(number).arg(columnLabel(column));
            }
        } else if (f.required && v.toString().trimmed().isEmpty()) {
            list << tr("Fill in “%1”.").arg(label(kind, f.key));
        }
    }
    if (kind == QLatin1String("charter")) {
        const bool hasApprover = !values.value(QLatin1String("approver")).toString().isEmpty();
        const bool hasDate = !values.value(QLatin1String("approved_on")).toString().isEmpty();
        if (hasApprover != hasDate)
            list << tr("The approval block needs both the approver and the approval date.");
    }
    return list;
}

} // namespace csirtkit
