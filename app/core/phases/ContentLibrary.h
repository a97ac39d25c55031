#pragma once

#include <QList>
#include <QString>
#include <QStringList>

class QJsonValue;

namespace csirtkit {

// A shipped text in both UI languages.
struct LocalText
{
    QString en;
    QString ja;
    QString in(const QString &language) const { return language == QLatin1String("ja") && !ja.isEmpty() ? ja : en; }
    // {"en": …, "ja": …} as the content files write it; missing languages are empty.
    static LocalText fromJson(const QJsonValue &value);
};

struct ContentTopic
{
    QString key;
    int number = 0;
    LocalText title;
    LocalText summary;
};

struct ContentItem
{
    QString key;
    LocalText text;
};

struct ContentStep
{
    QString key;
    QString phase;
    LocalText title;
    LocalText purpose;
    LocalText guidance;
    QList<LocalText> deliverables;
    QStringList topics;
    QList<ContentItem> items;
};

struct ContentPhase
{
    QString key;
    LocalText title;
    LocalText summary;
    QList<ContentStep> steps;
};

struct ContentService
{
    QString key;
    QString areaKey;
    LocalText title;
    LocalText description;
    QList<LocalText> functions;
};

struct ContentServiceArea
{
    QString key;
    int number = 0;
    LocalText title;
    LocalText summary;
    QList<ContentService> services;
};

struct ContentOrgModel
{
    QString key;
    QString source;
    LocalText title;
    LocalText description;
    QList<LocalText> pros;
    QList<LocalText> cons;
    LocalText fitsWhen;
};

// The bilingual content shipped in resources/content/*.json, parsed once.
class ContentLibrary
{
public:
    static const ContentLibrary &instance();

    const QList<ContentPhase> &phases() const { return m_phases; }
    const QList<ContentTopic> &topics() const { return m_topics; }
    const QList<ContentServiceArea> &serviceAreas() const { return m_areas; }
    const QList<ContentOrgModel> &orgModels() const { return m_models; }
    const ContentTopic *topic(const QString &key) const;
    const ContentService *service(const QString &key) const;
    const ContentOrgModel *orgModel(const QString &key) const;
    QString phaseTitle(const QString &phaseKey, const QString &language) const;
    QByteArray fingerprint() const { return m_fingerprint; } // changes when any content file changes

    static QStringList phaseKeys() { return { QStringLiteral("concept"), QStringLiteral("build"), QStringLiteral("operation") }; }

private:
    ContentLibrary();

    QList<ContentPhase> m_phases;
    QList<ContentTopic> m_topics;
    QList<ContentServiceArea> m_areas;
    QList<ContentOrgModel> m_models;
    QByteArray m_fingerprint;
};

} // namespace csirtkit
