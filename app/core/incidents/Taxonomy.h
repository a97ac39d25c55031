#pragma once

#include "phases/ContentLibrary.h"

#include <QHash>

namespace csirtkit {

struct TaxonomyTerm
{
    QString key;
    LocalText title;
    LocalText description;
};

struct RsitClass
{
    TaxonomyTerm term;
    QList<TaxonomyTerm> types;
};

struct TlpLabel
{
    QString key; // "TLP:AMBER+STRICT" — never translated
    QString color;
    QString textColor;
    QString background;
    LocalText description;
};

// The incident classification and handling vocabulary shipped in resources/content/taxonomy.json:
// RSIT classes and types, JPCERT/CC report categories and the default mapping between them, TLP 2.0,
// report channels, statuses, priorities and the default impact × urgency matrix.
class Taxonomy
{
public:
    static const Taxonomy &instance();

    const QList<RsitClass> &rsit() const { return m_rsit; }
    const QList<TaxonomyTerm> &jpcertCategories() const { return m_jpcert; }
    const QList<TlpLabel> &tlp() const { return m_tlp; }
    const QList<TaxonomyTerm> &reportChannels() const { return m_channels; }
    const QList<TaxonomyTerm> &statuses() const { return m_statuses; }
    const QList<TaxonomyTerm> &priorities() const { return m_priorities; }
    const QList<TaxonomyTerm> &levels() const { return m_levels; } // high, medium, low

    bool isRsit(const QString &classKey, const QString &typeKey) const;
    bool isJpcert(const QString &key) const;
    bool isTlp(const QString &key) const;
    bool isChannel(const QString &key) const;
    bool isLevel(const QString &key) const;
    // The default JPCERT/CC category for an RSIT type ("other" when unmapped).
    QString defaultJpcert(const QString &classKey, const QString &typeKey) const;
    // Priority from the shipped matrix; empty for unknown levels.
    QString priority(const QString &impact, const QString &urgency) const;
    const TaxonomyTerm *status(const QString &key) const;

private:
    Taxonomy();

    QList<RsitClass> m_rsit;
    QList<TaxonomyTerm> m_jpcert;
    QList<TlpLabel> m_tlp;
    QList<TaxonomyTerm> m_channels;
    QList<TaxonomyTerm> m_statuses;
    QList<TaxonomyTerm> m_priorities;
    QList<TaxonomyTerm> m_levels;
    QHash<QString, QString> m_mapping; // "class/type" → jpcert key
    QHash<QString, QString> m_matrix;  // "impact/urgency" → priority
};

} // namespace csirtkit
