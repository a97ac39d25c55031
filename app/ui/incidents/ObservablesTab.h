#pragma once

#include "incidents/RecordTab.h"
#include "incidents/Observable.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace csirtkit {

// Observables (IOCs) of an incident: validated on entry with the core's message, pasted defanged
// values refanged, duplicates merged, values shown and copied defanged on request, and the other
// incidents with the same observable ("also seen in"), which open on Enter or double-click.
class ObservablesTab : public RecordTab
{
    Q_OBJECT

public:
    enum Column { TypeColumn, ValueColumn, NoteColumn, SeenInColumn };

    explicit ObservablesTab(QWidget *parent = nullptr);
    ~ObservablesTab() override;

    QString title() const override;

private:
    void retranslate() override;
    void startIncident() override;
    Result<void> refresh() override;
    QString recordsName() const override { return tr("Observables"); }
    void updateButtons() override;
    void updateDetected();
    void valueEdited(const QString &text);
    void add();
    void select(qint64 observableId);
    void clearForm();
    void removeSelected();
    void copySelected(bool defanged);
    void openSeenIn(QTreeWidgetItem *item);
    void showContextMenu(const QPoint &pos);
    Observable::Type chosenType(const QString &value) const;

    int m_count = 0;
    QString m_lastValue;

    QLabel *m_emptyLabel;
    QTreeWidget *m_view;
    QCheckBox *m_defang;
    QPushButton *m_remove;
    QPushButton *m_copy;
    QPushButton *m_copyDefanged;
    QLabel *m_formTitle;
    QComboBox *m_type;
    QLineEdit *m_value;
    QLabel *m_detected;
    QLineEdit *m_note;
    QPushButton *m_add;
};

} // namespace csirtkit
