#pragma once

#include "team/TeamTab.h"

#include <QDate>

#include <memory>

class QPrinter;

namespace Ui {
class RotaTab;
}

namespace csirtkit {

struct RotaShift;
struct RotaSettings;
struct TeamState;

// The on-call rota: its rules and who is on call (settings), the shifts of a range of weeks with the
// rules they break, a generated plan to preview and save, hand edits and swaps with who agreed, the
// handover notes, duty per person, who is on call now, and the rota as iCalendar or on paper.
class RotaTab : public TeamTab
{
    Q_OBJECT

public:
    explicit RotaTab(QWidget *parent = nullptr);
    ~RotaTab() override;

    QString tabId() const override { return QStringLiteral("rota"); }
    QString tabTitle() const override { return tr("On-call rota"); }
    void setSession(WorkspaceSession *session) override;
    void reload() override;
    // `key`: the first day of a shift (yyyy-MM-dd); selects its row.
    void select(const QString &key) override;

    // The weeks shown (default: from Monday of this week, 8 weeks). Drops an unsaved plan.
    void setRange(QDate from, QDate to);
    QDate rangeFrom() const;
    QDate rangeTo() const;

    // Each of these is one undoable edit (TeamEditCommand); a refusal is shown in the tab and false returned.
    bool applySettings();  // the rules and people of the form
    bool generate();       // a plan for the range, shown as a preview (applies changed settings first)
    bool saveRota();       // stores the preview
    bool applyShift(const RotaShift &shift, const QString &agreedBy, const QString &handover);
    bool swapShifts(QDate first, QDate second, const QString &agreedBy); // exchanges the primaries
    void editShift(int row);
    bool exportICalendar(); // asks for the file (FileDialog)
    void print();
    void printTo(QPrinter &printer) const;

    bool hasPreview() const;
    QString errorText() const; // the refusal shown, empty when none

protected:
    void changeEvent(QEvent *event) override;

private:
    struct State;

    RotaSettings formSettings(QString *problem) const;
    bool settingsChanged() const;
    void loadSettingsForm(const TeamState &team);
    void fillTable();
    void fillNowAndNext();
    void updateButtons();
    void swapSelected();
    QList<int> selectedShiftRows() const;
    QString name(qint64 person) const;
    QString rotaHtml() const;

    std::unique_ptr<::Ui::RotaTab> m_ui;
    std::unique_ptr<State> m_state;
    bool m_loading = false;
};

} // namespace csirtkit
