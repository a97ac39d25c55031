#pragma once

#include "incidents/RecordTab.h"

class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace csirtkit {

// What an incident touches and what it relates to: affected assets (name, address, owner
// department, criticality) and links to other incidents, which open with a double-click or Enter.
class RelationsTab : public RecordTab
{
    Q_OBJECT

public:
    explicit RelationsTab(QWidget *parent = nullptr);
    ~RelationsTab() override;

    QString title() const override;

private:
    void retranslate() override;
    void fillCriticality();
    void startIncident() override;
    Result<void> refresh() override;
    QString recordsName() const override { return tr("Assets & Links"); }
    void updateButtons() override;
    void addAsset();
    void removeAsset();
    void addLink();
    void removeLink();


    QGroupBox *m_assetsBox;
    QLabel *m_assetsEmpty;
    QTreeWidget *m_assets;
    QLineEdit *m_assetName, *m_assetHost, *m_assetOwner;
    QComboBox *m_criticality;
    QPushButton *m_addAsset, *m_removeAsset;
    QGroupBox *m_linksBox;
    QLabel *m_linksEmpty;
    QTreeWidget *m_links;
    QLabel *m_linkLabel;
    QLineEdit *m_linkIdent;
    QPushButton *m_addLink, *m_removeLink;
};

} // namespace csirtkit
