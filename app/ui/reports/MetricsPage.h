#pragma once

#include "common/Page.h"

class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QTableWidget;

namespace csirtkit {

class MetricsChart;

// The incident dashboard: incidents per month and class for a period, open incidents by priority and
// age, times to triage, contain and resolve, and the most frequent observables. Every figure leads to
// the incidents behind it in the incident log.
class MetricsPage : public Page
{
    Q_OBJECT

public:
    explicit MetricsPage(QWidget *parent = nullptr);
    ~MetricsPage() override;

    QString pageId() const override { return QStringLiteral("metrics"); }
    QString title() const override { return tr("Metrics"); }
    QString iconName() const override { return QStringLiteral(":/icons/metrics.svg"); }
    void setSession(WorkspaceSession *session) override;
    void setPeriod(const QDate &from, const QDate &to);
    void refresh();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void buildUi();
    void retranslate();
    void applyPreset(int index);
    void saveChart();

    WorkspaceSession *m_session = nullptr;
    bool m_dirty = true;
    QLabel *m_heading = nullptr;
    QComboBox *m_preset = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QPushButton *m_savePng = nullptr;
    QPushButton *m_report = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_durations = nullptr;
    MetricsChart *m_chart = nullptr;
    QLabel *m_openHeading = nullptr;
    QTableWidget *m_open = nullptr;
    QLabel *m_topHeading = nullptr;
    QTableWidget *m_top = nullptr;
};

} // namespace csirtkit
