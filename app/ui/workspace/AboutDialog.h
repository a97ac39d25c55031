#pragma once

#include <QDialog>

namespace csirtkit {

// Version, licence and the public references the product's content is based on.
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(QWidget *parent = nullptr);

    static QString html();
};

} // namespace csirtkit
