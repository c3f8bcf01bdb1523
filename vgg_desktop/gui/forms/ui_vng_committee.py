# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'vng_committee.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QFormLayout, QLabel,
    QLineEdit, QPlainTextEdit, QSizePolicy, QSpinBox,
    QWidget)

from vgg_desktop.gui.editing.date_field import DateField

class Ui_VngCommitteeForm(object):
    def setupUi(self, VngCommitteeForm):
        if not VngCommitteeForm.objectName():
            VngCommitteeForm.setObjectName(u"VngCommitteeForm")
        VngCommitteeForm.resize(520, 400)
        self.form_layout = QFormLayout(VngCommitteeForm)
        self.form_layout.setObjectName(u"form_layout")
        self.form_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form_layout.setLabelAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignTop)
        self.form_layout.setContentsMargins(0, 0, 0, 0)
        self.name_label = QLabel(VngCommitteeForm)
        self.name_label.setObjectName(u"name_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.name_label)

        self.name = QLineEdit(VngCommitteeForm)
        self.name.setObjectName(u"name")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.name)

        self.former_name_label = QLabel(VngCommitteeForm)
        self.former_name_label.setObjectName(u"former_name_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.former_name_label)

        self.former_name = QLineEdit(VngCommitteeForm)
        self.former_name.setObjectName(u"former_name")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.former_name)

        self.portfolio_id_label = QLabel(VngCommitteeForm)
        self.portfolio_id_label.setObjectName(u"portfolio_id_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.portfolio_id_label)

        self.portfolio_id = QComboBox(VngCommitteeForm)
        self.portfolio_id.setObjectName(u"portfolio_id")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.portfolio_id)

        self.member_label = QLabel(VngCommitteeForm)
        self.member_label.setObjectName(u"member_label")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.member_label)

        self.member = QComboBox(VngCommitteeForm)
        self.member.setObjectName(u"member")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.member)

        self.member_since_label = QLabel(VngCommitteeForm)
        self.member_since_label.setObjectName(u"member_since_label")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.member_since_label)

        self.member_since = DateField(VngCommitteeForm)
        self.member_since.setObjectName(u"member_since")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.member_since)

        self.member_until_label = QLabel(VngCommitteeForm)
        self.member_until_label.setObjectName(u"member_until_label")

        self.form_layout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.member_until_label)

        self.member_until = DateField(VngCommitteeForm)
        self.member_until.setObjectName(u"member_until")

        self.form_layout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.member_until)

        self.position_label = QLabel(VngCommitteeForm)
        self.position_label.setObjectName(u"position_label")

        self.form_layout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.position_label)

        self.position = QSpinBox(VngCommitteeForm)
        self.position.setObjectName(u"position")
        self.position.setMinimum(0)
        self.position.setMaximum(9999)

        self.form_layout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.position)

        self.notes_label = QLabel(VngCommitteeForm)
        self.notes_label.setObjectName(u"notes_label")

        self.form_layout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.notes_label)

        self.notes = QPlainTextEdit(VngCommitteeForm)
        self.notes.setObjectName(u"notes")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(1)
        sizePolicy.setHeightForWidth(self.notes.sizePolicy().hasHeightForWidth())
        self.notes.setSizePolicy(sizePolicy)
        self.notes.setMinimumSize(QSize(0, 60))
        self.notes.setTabChangesFocus(True)

        self.form_layout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.notes)

#if QT_CONFIG(shortcut)
        self.name_label.setBuddy(self.name)
        self.former_name_label.setBuddy(self.former_name)
        self.portfolio_id_label.setBuddy(self.portfolio_id)
        self.member_label.setBuddy(self.member)
        self.member_since_label.setBuddy(self.member_since)
        self.member_until_label.setBuddy(self.member_until)
        self.position_label.setBuddy(self.position)
        self.notes_label.setBuddy(self.notes)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.name, self.former_name)
        QWidget.setTabOrder(self.former_name, self.portfolio_id)
        QWidget.setTabOrder(self.portfolio_id, self.member)
        QWidget.setTabOrder(self.member, self.member_since)
        QWidget.setTabOrder(self.member_since, self.member_until)
        QWidget.setTabOrder(self.member_until, self.position)
        QWidget.setTabOrder(self.position, self.notes)

        self.retranslateUi(VngCommitteeForm)

        QMetaObject.connectSlotsByName(VngCommitteeForm)
    # setupUi

    def retranslateUi(self, VngCommitteeForm):
        self.name_label.setText(QCoreApplication.translate("VngCommitteeForm", u"Name: *", None))
        self.former_name_label.setText(QCoreApplication.translate("VngCommitteeForm", u"Former name:", None))
#if QT_CONFIG(tooltip)
        self.former_name.setToolTip(QCoreApplication.translate("VngCommitteeForm", u"The name before the committee was renamed", None))
#endif // QT_CONFIG(tooltip)
        self.portfolio_id_label.setText(QCoreApplication.translate("VngCommitteeForm", u"Portfolio:", None))
        self.member_label.setText(QCoreApplication.translate("VngCommitteeForm", u"Groningen member:", None))
#if QT_CONFIG(tooltip)
        self.member.setToolTip(QCoreApplication.translate("VngCommitteeForm", u"The member for Groningen in this VNG committee, a vacancy, or not applicable (n/a)", None))
#endif // QT_CONFIG(tooltip)
        self.member_since_label.setText(QCoreApplication.translate("VngCommitteeForm", u"Member since:", None))
#if QT_CONFIG(tooltip)
        self.member_since.setToolTip(QCoreApplication.translate("VngCommitteeForm", u"When the member took the place; leave empty when it is not known", None))
#endif // QT_CONFIG(tooltip)
        self.member_until_label.setText(QCoreApplication.translate("VngCommitteeForm", u"Member until (inclusive):", None))
#if QT_CONFIG(tooltip)
        self.member_until.setToolTip(QCoreApplication.translate("VngCommitteeForm", u"The membership's last day when it is known beforehand; leave empty while it goes on", None))
#endif // QT_CONFIG(tooltip)
        self.position_label.setText(QCoreApplication.translate("VngCommitteeForm", u"Order:", None))
#if QT_CONFIG(tooltip)
        self.position.setToolTip(QCoreApplication.translate("VngCommitteeForm", u"Where the committee appears in the overview", None))
#endif // QT_CONFIG(tooltip)
        self.notes_label.setText(QCoreApplication.translate("VngCommitteeForm", u"Notes:", None))
#if QT_CONFIG(tooltip)
        self.notes.setToolTip(QCoreApplication.translate("VngCommitteeForm", u"For example why the place is vacant and when it will be filled", None))
#endif // QT_CONFIG(tooltip)
        pass
    # retranslateUi

