#include "exchange/CsvValues.h"

#include "incidents/Taxonomy.h"

#include <QRegularExpression>

namespace csirtkit {

namespace {

// Keys and titles (English and Japanese) of a vocabulary, folded, → key.
QHash<QString, QString> lookup(const QList<TaxonomyTerm> &terms)
{
    QHash<QString, QString> h;
    for (const TaxonomyTerm &t : terms)
        for (const QString &name : { t.key, t.title.en, t.title.ja })
            if (!name.isEmpty())
                h.insert(CsvValues::folded(name), t.key);
    return h;
}

QDateTime localTime(int y, int mo, int d, int h, int mi, int s, const QTimeZone &zone)
{
    const QDate date(y, mo, d);
    const QTime time(h, mi, s);
    if (!date.isValid() || !time.isValid())
        return {};
    return QDateTime(date, time, zone).toUTC();
}

} // namespace

CsvValues::Vocabulary::Vocabulary()
    : channels(lookup(Taxonomy::instance().reportChannels())), statuses(lookup(Taxonomy::instance().statuses())),
      priorities(lookup(Taxonomy::instance().priorities())), levels(lookup(Taxonomy::instance().levels())),
      jpcert(lookup(Taxonomy::instance().jpcertCategories()))
{
    for (const RsitClass &c : Taxonomy::instance().rsit()) {
        classes.insert(lookup({ c.term }));
        types.insert(c.term.key, lookup(c.types));
        for (const TaxonomyTerm &t : c.types)
            if (!classOfType.contains(t.key))
                classOfType.insert(t.key, c.term.key);
    }
}

const CsvValues::Vocabulary &CsvValues::Vocabulary::instance()
{
    static const Vocabulary v;
    return v;
}

QString CsvValues::folded(const QString &s)
{
    return s.normalized(QString::NormalizationForm_KC).trimmed().toCaseFolded();
}

// A column name reduced to what identifies it: "Occurred (UTC)" → "occurred", "JPCERT/CC 分類" → "jpcertcc分類".
QString CsvValues::headerKey(const QString &name)
{
    static const QRegularExpression parenthesis(QStringLiteral("\\([^)]*\\)"));
    static const QRegularExpression noise(QStringLiteral("[\\s_\\-./:・]"));
    return folded(name.left(100)).remove(parenthesis).remove(noise); // no field has a longer name
}

// Column names a spreadsheet might use for each field, in English and Japanese.
const QHash<QString, QString> &CsvValues::synonyms()
{
    static const QHash<QString, QString> table = [] {
        const QList<std::pair<const char *, QStringList>> names = {
            { "ident", { QStringLiteral("id"), QStringLiteral("ident"), QStringLiteral("identifier"), QStringLiteral("incident id"),
                         QStringLiteral("ticket"), QStringLiteral("ticket id"), QStringLiteral("reference"), QStringLiteral("no"),
                         QStringLiteral("識別子"), QStringLiteral("番号"), QStringLiteral("インシデント番号"),
                         QStringLiteral("インシデントID"), QStringLiteral("管理番号"), QStringLiteral("チケット番号") } },
            { "title", { QStringLiteral("title"), QStringLiteral("subject"), QStringLiteral("name"), QStringLiteral("incident title"),
                         QStringLiteral("件名"), QStringLiteral("タイトル"), QStringLiteral("表題"), QStringLiteral("標題"),
                         QStringLiteral("インシデント名"), QStringLiteral("名称") } },
            { "summary", { QStringLiteral("summary"), QStringLiteral("description"), QStringLiteral("details"), QStringLiteral("概要"),
                           QStringLiteral("内容"), QStringLiteral("説明"), QStringLiteral("詳細"), QStringLiteral("事象概要") } },
            { "reporter", { QStringLiteral("reporter"), QStringLiteral("reported by"), QStringLiteral("報告者"),
                            QStringLiteral("通報者"), QStringLiteral("届出者") } },
            { "channel", { QStringLiteral("channel"), QStringLiteral("report channel"), QStringLiteral("source"),
                           QStringLiteral("報告経路"), QStringLiteral("受付経路"), QStringLiteral("通報経路"), QStringLiteral("経路") } },
            { "contact", { QStringLiteral("contact"), QStringLiteral("reporter contact"), QStringLiteral("email"),
                           QStringLiteral("連絡先"), QStringLiteral("報告者連絡先"), QStringLiteral("メールアドレス") } },
            { "impact", { QStringLiteral("impact"), QStringLiteral("severity"), QStringLiteral("影響度"), QStringLiteral("影響"),
                          QStringLiteral("深刻度") } },
            { "urgency", { QStringLiteral("urgency"), QStringLiteral("緊急度"), QStringLiteral("緊急性") } },
            { "rsit_class", { QStringLiteral("rsit class"), QStringLiteral("classification"), QStringLiteral("RSIT分類"),
                              QStringLiteral("RSITクラス"), QStringLiteral("分類") } },
            { "rsit_type", { QStringLiteral("rsit type"), QStringLiteral("type"), QStringLiteral("incident type"),
                             QStringLiteral("RSIT種別"), QStringLiteral("RSITタイプ"), QStringLiteral("種別") } },
            { "jpcert", { QStringLiteral("jpcert"), QStringLiteral("jpcert category"), QStringLiteral("jpcert/cc category"),
                          QStringLiteral("JPCERT/CC分類"), QStringLiteral("JPCERT分類"), QStringLiteral("JPCERT/CCカテゴリ") } },
            { "tlp", { QStringLiteral("tlp"), QStringLiteral("traffic light protocol"), QStringLiteral("TLPラベル") } },
            { "occurred", { QStringLiteral("occurred"), QStringLiteral("occurred at"), QStringLiteral("date"),
                            QStringLiteral("発生日時"), QStringLiteral("発生日"), QStringLiteral("発生時刻") } },
            { "detected", { QStringLiteral("detected"), QStringLiteral("detected at"), QStringLiteral("discovered"),
                            QStringLiteral("検知日時"), QStringLiteral("検知日"), QStringLiteral("発見日時"), QStringLiteral("発見日") } },
            { "reported", { QStringLiteral("reported"), QStringLiteral("reported at"), QStringLiteral("received"),
                            QStringLiteral("報告日時"), QStringLiteral("報告日"), QStringLiteral("受付日時"), QStringLiteral("受付日") } },
            { "assignee", { QStringLiteral("assignee"), QStringLiteral("assigned to"), QStringLiteral("owner"),
                            QStringLiteral("担当者"), QStringLiteral("担当"), QStringLiteral("対応者") } },
            { "helpers", { QStringLiteral("helpers"), QStringLiteral("協力者"), QStringLiteral("支援者") } },
            { "status", { QStringLiteral("status"), QStringLiteral("state"), QStringLiteral("ステータス"), QStringLiteral("状態"),
                          QStringLiteral("対応状況"), QStringLiteral("進捗") } },
            { "priority", { QStringLiteral("priority"), QStringLiteral("優先度"), QStringLiteral("優先順位") } },
            { "triaged", { QStringLiteral("triaged"), QStringLiteral("triaged at"), QStringLiteral("トリアージ日時"),
                           QStringLiteral("トリアージ完了日時") } },
            { "contained", { QStringLiteral("contained"), QStringLiteral("contained at"), QStringLiteral("封じ込め日時") } },
            { "resolved", { QStringLiteral("resolved"), QStringLiteral("resolved at"), QStringLiteral("解決日時") } },
            { "closed", { QStringLiteral("closed"), QStringLiteral("closed at"), QStringLiteral("クローズ日時"),
                          QStringLiteral("完了日時"), QStringLiteral("終了日時") } },
            { "created", { QStringLiteral("created"), QStringLiteral("created at"), QStringLiteral("logged"),
                           QStringLiteral("登録日時"), QStringLiteral("作成日時"), QStringLiteral("記録日時") } },
            { "updated", { QStringLiteral("updated"), QStringLiteral("updated at"), QStringLiteral("last updated"),
                           QStringLiteral("更新日時"), QStringLiteral("最終更新日時") } },
            { "status_reason", { QStringLiteral("status reason"), QStringLiteral("reason"), QStringLiteral("理由"),
                                 QStringLiteral("ステータスの理由") } },
            { "priority_reason", { QStringLiteral("priority reason"), QStringLiteral("優先度の理由") } },
            { "duplicate_of", { QStringLiteral("duplicate of"), QStringLiteral("duplicates"), QStringLiteral("重複元") } },
            { "lessons", { QStringLiteral("lessons"), QStringLiteral("lessons learned"), QStringLiteral("教訓"),
                           QStringLiteral("再発防止策"), QStringLiteral("振り返り") } },
        };
        QHash<QString, QString> h;
        for (const auto &[field, list] : names)
            for (const QString &name : list)
                h.insert(headerKey(name), QString::fromLatin1(field));
        return h;
    }();
    return table;
}

QString CsvValues::tlpLabel(const QString &value)
{
    QString s = value.normalized(QString::NormalizationForm_KC).toUpper().remove(QLatin1Char(' '));
    for (const QString &prefix : { QStringLiteral("TLP:"), QStringLiteral("TLP-"), QStringLiteral("TLP_") })
        if (s.startsWith(prefix))
            s = s.mid(prefix.size());
    if (s == QLatin1String("WHITE")) // TLP 1.0
        s = QStringLiteral("CLEAR");
    s.prepend(QStringLiteral("TLP:"));
    return Taxonomy::instance().isTlp(s) ? s : QString();
}

// `value` in `format` (or ISO 8601), as UTC; invalid when it is neither.
QDateTime CsvValues::parseDate(const QString &value, const QString &format, const QTimeZone &zone)
{
    static const QString time = QStringLiteral("(?:(?:[ T]|\\s+)(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d+)?)?\\s*([AaPp][Mm])?)?$");
    static const QRegularExpression iso(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}"));
    static const QRegularExpression ymd(QStringLiteral("^(\\d{4})/(\\d{1,2})/(\\d{1,2})") + time);
    static const QRegularExpression kanji(QStringLiteral("^(\\d{4})年\\s*(\\d{1,2})月\\s*(\\d{1,2})日") + time);
    static const QRegularExpression dotted(QStringLiteral("^(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})") + time);
    static const QRegularExpression slashed(QStringLiteral("^(\\d{1,2})/(\\d{1,2})/(\\d{4})") + time);
    QString v = value.trimmed();
    for (const QChar c : std::as_const(v))
        if (c.unicode() > 0x7f) { // full-width digits and colons
            v = v.normalized(QString::NormalizationForm_KC);
            break;
        }
    if (iso.match(v).hasMatch()) {
        if (v.size() == 10) {
            const QDate date = QDate::fromString(v, Qt::ISODate);
            return date.isValid() ? QDateTime(date, QTime(0, 0), zone).toUTC() : QDateTime();
        }
        if (v.size() > 10 && v.at(10) == QLatin1Char(' '))
            v[10] = QLatin1Char('T');
        const QDateTime t = QDateTime::fromString(v, Qt::ISODate);
        if (!t.isValid())
            return {};
        return t.timeSpec() == Qt::LocalTime ? QDateTime(t.date(), t.time(), zone).toUTC() : t.toUTC();
    }
    struct Pattern
    {
        QString format;
        const QRegularExpression &re;
        int y, mo, d; // capture numbers
    };
    const Pattern patterns[] = { { QStringLiteral("yyyy/MM/dd"), ymd, 1, 2, 3 },
                                 { QStringLiteral("yyyy年MM月dd日"), kanji, 1, 2, 3 },
                                 { QStringLiteral("dd.MM.yyyy"), dotted, 3, 2, 1 },
                                 { QStringLiteral("MM/dd/yyyy"), slashed, 3, 1, 2 },
                                 { QStringLiteral("dd/MM/yyyy"), slashed, 3, 2, 1 } };
    const Pattern *pattern = nullptr;
    for (const Pattern &p : patterns)
        if (p.format == format)
            pattern = &p;
    if (!pattern)
        return {};
    const QRegularExpressionMatch m = pattern->re.match(v);
    if (!m.hasMatch())
        return {};
    int hour = m.captured(4).toInt();
    const QString half = m.captured(7).toLower();
    if (!half.isEmpty()) {
        if (hour < 1 || hour > 12)
            return {};
        hour = hour % 12 + (half == QLatin1String("pm") ? 12 : 0);
    }
    return localTime(m.captured(pattern->y).toInt(), m.captured(pattern->mo).toInt(), m.captured(pattern->d).toInt(), hour,
                     m.captured(5).toInt(),
                     m.captured(6).toInt(), zone);
}

// The text of a cell, without the apostrophe a CSV export puts before =, +, -, @, tab and CR.
QString CsvValues::cell(const QStringList &fields, int column)
{
    if (column < 0 || column >= fields.size())
        return {};
    const QString &v = fields.at(column);
    if (v.size() >= 2 && v.front() == QLatin1Char('\'') && QStringView(u"=+-@\t\r").contains(v.at(1)))
        return v.mid(1).trimmed();
    return v.trimmed();
}


} // namespace csirtkit
