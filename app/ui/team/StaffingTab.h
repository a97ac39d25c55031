#pragma once

#include "team/StaffingCalculator.h"
#include "team/TeamTab.h"

#include <memory>

namespace Ui {
class StaffingTab;
}

namespace csirtkit {

// The staffing calculator: the service-hours model and the parameters on the left, the result with its
// working on the right, updated while typing; saving keeps the parameters for the staffing plan.
class StaffingTab : public TeamTab
{
    Q_OBJECT

public:
    explicit StaffingTab(QWidget *parent = nullptr);
    ~StaffingTab() override;

    QString tabId() const override { return QStringLiteral("staffing"); }
    QString tabTitle() const override;
    void reload() override;

    StaffingParameters parameters() const;
    void setParameters(const StaffingParameters &parameters);
    bool save();
    QString resultText() const;
    QStringList workingTexts() const;

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void recalculate();

    std::unique_ptr<::Ui::StaffingTab> m_ui;
    double m_fteAvailable = 0;
    bool m_filling = false;
};

} // namespace csirtkit
