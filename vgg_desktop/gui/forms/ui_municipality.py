# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'municipality.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QFormLayout, QLabel, QLineEdit,
    QSizePolicy, QWidget)

from vgg_desktop.gui.editing.date_field import DateField

class Ui_MunicipalityForm(object):
    def setupUi(self, MunicipalityForm):
        if not MunicipalityForm.objectName():
            MunicipalityForm.setObjectName(u"MunicipalityForm")
        MunicipalityForm.resize(520, 400)
        self.form_layout = QFormLayout(MunicipalityForm)
        self.form_layout.setObjectName(u"form_layout")
        self.form_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form_layout.setLabelAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignTop)
        self.form_layout.setContentsMargins(0, 0, 0, 0)
        self.name_label = QLabel(MunicipalityForm)
        self.name_label.setObjectName(u"name_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.name_label)

        self.name = QLineEdit(MunicipalityForm)
        self.name.setObjectName(u"name")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.name)

        self.member_since_label = QLabel(MunicipalityForm)
        self.member_since_label.setObjectName(u"member_since_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.member_since_label)

        self.member_since = DateField(MunicipalityForm)
        self.member_since.setObjectName(u"member_since")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.member_since)

        self.member_until_label = QLabel(MunicipalityForm)
        self.member_until_label.setObjectName(u"member_until_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.member_until_label)

        self.member_until = DateField(MunicipalityForm)
        self.member_until.setObjectName(u"member_until")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.member_until)

#if QT_CONFIG(shortcut)
        self.name_label.setBuddy(self.name)
        self.member_since_label.setBuddy(self.member_since)
        self.member_until_label.setBuddy(self.member_until)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.name, self.member_since)
        QWidget.setTabOrder(self.member_since, self.member_until)

        self.retranslateUi(MunicipalityForm)

        QMetaObject.connectSlotsByName(MunicipalityForm)
    # setupUi

    def retranslateUi(self, MunicipalityForm):
        self.name_label.setText(QCoreApplication.translate("MunicipalityForm", u"Name: *", None))
        self.member_since_label.setText(QCoreApplication.translate("MunicipalityForm", u"Member since:", None))
#if QT_CONFIG(tooltip)
        self.member_since.setToolTip(QCoreApplication.translate("MunicipalityForm", u"Leave empty when not known", None))
#endif // QT_CONFIG(tooltip)
        self.member_until_label.setText(QCoreApplication.translate("MunicipalityForm", u"Member until:", None))
#if QT_CONFIG(tooltip)
        self.member_until.setToolTip(QCoreApplication.translate("MunicipalityForm", u"Leave empty while the municipality is a member", None))
#endif // QT_CONFIG(tooltip)
        pass
    # retranslateUi

