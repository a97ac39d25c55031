#pragma once

#include "team/TeamTab.h"

#include <memory>

namespace Ui {
class CoverageTab;
}

namespace csirtkit {

struct TeamGap;

// The coverage view: the team shape, a people × roles matrix where a click assigns a holder or deputy,
// and the live list of gaps, each leading to the place where it is fixed.
class CoverageTab : public TeamTab
{
    Q_OBJECT

public:
    explicit CoverageTab(QWidget *parent = nullptr);
    ~CoverageTab() override;

    QString tabId() const override { return QStringLiteral("coverage"); }
    QString tabTitle() const override;
    void reload() override;
    void select(const QString &roleKey) override;

    // What a click on a cell offers, as one undoable edit. `as`: "holder", "deputy" or "" (none).
    bool assign(const QString &role, qint64 person, const QString &as);
    bool setTemplate(const QString &key);
    QStringList gapTexts() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void cellClicked(int row, int column);
    void openGap(int row);

    std::unique_ptr<::Ui::CoverageTab> m_ui;
    QList<qint64> m_people;   // column → person id
    QStringList m_roles;      // row → role key
    bool m_loading = false;
};

} // namespace csirtkit
