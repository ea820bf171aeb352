// API types, generated from the platform's OpenAPI document by `pnpm api:types`. Do not edit: change
// the services' manifests and run it again.

export interface paths {
    "/registry/persons": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 人员列表
         * @description 按社区或网格列出在册人员（按姓名排序，可按姓名前缀筛选），分页返回；证件号和电话脱敏。已迁出本区或已死亡的人员不在列表中，仍可按编号查看。
         *
         *     可调用角色：区级管理员（district-admin）、街道工作人员（subdistrict-staff）、社区工作者（community-worker）、网格员（grid-worker）。
         */
        get: operations["listPersons"];
        put?: never;
        /**
         * 登记人员
         * @description 登记一名户籍或流动人口。身份证号校验后加密保存，出生日期和性别由身份证号推导。同一区内一个身份证号只登记一人。
         *
         *     可调用角色：区级管理员（district-admin）、街道工作人员（subdistrict-staff）、社区工作者（community-worker）、网格员（grid-worker）。
         */
        post: operations["registerPerson"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/registry/persons/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 按证件号或电话精确查找人员
         * @description 按完整的公民身份号码或电话号码精确查找（号码放在请求正文中，不会出现在网址和访问日志里）。只返回管辖范围内的人员，结果脱敏；包括已迁出和已死亡的人员（见 status）。按姓名查找请用人员列表的 name 参数。
         *
         *     可调用角色：区级管理员（district-admin）、街道工作人员（subdistrict-staff）、社区工作者（community-worker）、网格员（grid-worker）。
         */
        post: operations["searchPersons"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/registry/persons/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 导出人员名单（Excel）
         * @description 把社区或网格的在册人员名单（可按姓名前缀筛选）导出为 .xlsx，证件号和电话脱敏。一次最多 5000 人，超过时请按网格或姓名缩小范围。
         *
         *     可调用角色：区级管理员（district-admin）、街道工作人员（subdistrict-staff）、社区工作者（community-worker）、网格员（grid-worker）。
         */
        get: operations["exportPersons"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/registry/persons/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 查看人员
         * @description 按编号查看人员。居民只能查看本人；工作人员只能查看管辖范围内的人员。reveal=true 时有权限的角色可看到完整证件号和电话，并记入审计。
         *
         *     可调用角色：所有已登录角色。
         */
        get: operations["getPerson"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * 修改人员信息
         * @description 修改姓名、电话、户籍类型、流动人口信息、楼栋和房号；未提供的字段不变，可选字段传 null 表示清除。须带上次读取的 version，期间被他人修改则返回 409。公民身份号码和所属地区不在此修改（分别办理更正和迁移）。每次修改记入审计（记录改了哪些字段）。
         *
         *     可调用角色：区级管理员（district-admin）、街道工作人员（subdistrict-staff）、社区工作者（community-worker）、网格员（grid-worker）。
         */
        patch: operations["updatePerson"];
        trace?: never;
    };
    "/registry/persons/{id}/move": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 区内迁移
         * @description 人员在本区内搬到另一个社区或网格：仍是同一人（不重新登记），从原社区名单移到新社区名单，原楼栋房号换成新的。须管辖其现住地；迁入地须为本区的社区或网格。
         *
         *     可调用角色：区级管理员（district-admin）、街道工作人员（subdistrict-staff）、社区工作者（community-worker）、网格员（grid-worker）。
         */
        post: operations["movePerson"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/registry/persons/{id}/move-out": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 迁出本区
         * @description 登记人员迁出本区：状态变为已迁出，记录保留可按编号查看，但不再出现在社区名单和按年龄推算的群体中。已迁出或已死亡的人员不能再办理。
         *
         *     可调用角色：区级管理员（district-admin）、街道工作人员（subdistrict-staff）、社区工作者（community-worker）、网格员（grid-worker）。
         */
        post: operations["movePersonOut"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/registry/persons/{id}/deceased": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 死亡登记
         * @description 登记人员死亡：状态变为已死亡，移出社区名单，同时记入死亡人员及殡葬台帐（死亡日期、地点、原因、殡葬方式）。死亡日期不能早于出生日期或晚于今天。
         *
         *     可调用角色：区级管理员（district-admin）、街道工作人员（subdistrict-staff）、社区工作者（community-worker）、网格员（grid-worker）。
         */
        post: operations["recordPersonDeath"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/registry/persons/{id}/correct-citizen-id": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 更正公民身份号码
         * @description 更正登记错误的公民身份号码：出生日期和性别随之重新推导，本区“一号一人”的占用随之转移；新号码已被他人登记时返回 409。须填写更正原因，记入审计。
         *
         *     可调用角色：区级管理员（district-admin）、街道工作人员（subdistrict-staff）。
         */
        post: operations["correctPersonCitizenId"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/registry/persons/{id}/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 人员审计记录
         * @description 区级管理员查看某人的全部写操作和完整号码查看记录（谁、何时、哪些字段），最新的在前，分页返回。
         *
         *     可调用角色：区级管理员（district-admin）。
         */
        get: operations["listPersonAudit"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/registry/death-ledger": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 死亡人员及殡葬台帐
         * @description 按街道、社区或网格列出死亡人员（按死亡日期排序，可按日期区间筛选），含殡葬方式，分页返回；证件号脱敏。区级请按街道分别查询。
         *
         *     可调用角色：区级管理员（district-admin）、街道工作人员（subdistrict-staff）、社区工作者（community-worker）、网格员（grid-worker）。
         */
        get: operations["listDeathLedger"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/registry/households": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 户列表
         * @description 按社区或网格列出在册的户（按户主姓名排序），分页返回。
         *
         *     可调用角色：区级管理员（district-admin）、街道工作人员（subdistrict-staff）、社区工作者（community-worker）、网格员（grid-worker）。
         */
        get: operations["listHouseholds"];
        put?: never;
        /**
         * 建立户
         * @description 以一名已登记人员为户主建立户（户主为第一名成员），可同时登记人均月收入和住房困难情况。一人同时只能属于一户。社区工作者、网格员及街道、区工作人员可在管辖范围内办理；户和成员须在同一社区。
         *
         *     可调用角色：区级管理员（district-admin）、街道工作人员（subdistrict-staff）、社区工作者（community-worker）、网格员（grid-worker）。
         */
        post: operations["createHousehold"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/registry/households/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 查看户
         * @description 查看户的成员、与户主关系、人均月收入和住房情况；成员证件号和电话脱敏。工作人员查看管辖范围内的户，居民只能查看本人所在的户。
         *
         *     可调用角色：所有已登录角色。
         */
        get: operations["getHousehold"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * 修改户信息
         * @description 修改地址、家庭人均月收入（低保认定依据）或住房困难情况（住房困难、廉租房等）。须提供上次读取的 version，期间被他人修改则返回 409。社区工作者、网格员及街道、区工作人员可在管辖范围内办理；户和成员须在同一社区。
         *
         *     可调用角色：区级管理员（district-admin）、街道工作人员（subdistrict-staff）、社区工作者（community-worker）、网格员（grid-worker）。
         */
        patch: operations["updateHousehold"];
        trace?: never;
    };
    "/registry/persons/{id}/household": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 查看人员所在的户
         * @description 人员当前所在的户：户主、成员及与户主关系、人均月收入和住房情况，成员证件号和电话脱敏；不属于任何户时 household 为 null。居民只能查看本人所在的户；工作人员只能查看管辖范围内人员所在的户。
         *
         *     可调用角色：所有已登录角色。
         */
        get: operations["getPersonHousehold"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/registry/households/{id}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 添加户成员
         * @description 把一名已登记人员加入户并登记与户主的关系（户主本人由建户或变更户主确定）。该人员已属于其他户时返回 409。须提供 version。社区工作者、网格员及街道、区工作人员可在管辖范围内办理；户和成员须在同一社区。
         *
         *     可调用角色：区级管理员（district-admin）、街道工作人员（subdistrict-staff）、社区工作者（community-worker）、网格员（grid-worker）。
         */
        post: operations["addHouseholdMember"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/registry/households/{id}/members/{personId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * 移出户成员
         * @description 把成员移出户（version 放在查询参数中）。户主须先变更后才能移出；户主是唯一成员时移出即注销该户。社区工作者、网格员及街道、区工作人员可在管辖范围内办理；户和成员须在同一社区。
         *
         *     可调用角色：区级管理员（district-admin）、街道工作人员（subdistrict-staff）、社区工作者（community-worker）、网格员（grid-worker）。
         */
        delete: operations["removeHouseholdMember"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/registry/households/{id}/head": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * 变更户主
         * @description 把本户另一名成员设为户主；与户主的关系以户主为准，所以须同时填写其他每名成员（含原户主）与新户主的关系。须提供 version。社区工作者、网格员及街道、区工作人员可在管辖范围内办理；户和成员须在同一社区。
         *
         *     可调用角色：区级管理员（district-admin）、街道工作人员（subdistrict-staff）、社区工作者（community-worker）、网格员（grid-worker）。
         */
        put: operations["changeHouseholdHead"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/registry/groups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 特殊群体目录
         * @description 列出所有特殊群体：中文名称、是登记认定还是按出生日期推算、哪些角色可以纳入和移出，以及纳入时要填写的属性（中文名称、类型、是否必填、长度、可选值的中文名称、哪些角色可以登记）。界面据此生成纳入和调整的表单；属性的校验以纳入群体接口为准。
         *
         *     可调用角色：区级管理员（district-admin）、街道工作人员（subdistrict-staff）、社区工作者（community-worker）、网格员（grid-worker）。
         */
        get: operations["listGroupCatalogue"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/registry/persons/{id}/groups/{group}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * 纳入群体或调整群体属性
         * @description 不带 version 为纳入（返回 201；已在群体中且属性相同时返回 200、不作修改），带 version 为调整属性（与查看时的版本不符返回 409；只需提供要修改的属性，未提供的保持原值，null 表示清除）。每次变化都记入该人员的群体变更历史（办理人、时间、变更前后）。低保、特困、残疾人、孤老、优抚对象和长期服药人员关系到待遇，其纳入和退出限社区工作者及以上；网格员可纳入其他群体，并可在这些群体中记录允许的属性（如残疾人的需求和个性化服务方案）。年龄、性别不符的不能纳入（如空巢老人须年满 60 周岁）。各群体属性：disabled（残疾人；纳入和退出限社区工作者及以上）：category（残疾类别）、grade（残疾等级）、certificateNumber（残疾人证号）、needs（需求）、servicePlan（个性化服务方案）；empty-nest（空巢老人）：childrenCount（子女人数）、childContact（子女联系人）、note（备注）；living-alone（独居老人）：emergencyContact（紧急联系人）、note（备注）；solitary-elderly（孤老；纳入和退出限社区工作者及以上）：support（供养方式）、institution（供养机构）、note（备注）；left-behind-child（留守儿童）：school（就读学校）、guardian（监护人）、parentsWorkingIn（父母务工地）、contactPerson（包保联系人）、note（备注）；left-behind-woman（留守妇女）：spouseWorkingIn（配偶务工地）、contactPerson（包保联系人）、note（备注）；left-behind-elderly（留守老人）：childrenWorkingIn（子女务工地）、caregiver（照料人）、contactPerson（包保联系人）、note（备注）；dibao（低保；纳入和退出限社区工作者及以上）：householdId（所属户）、since（纳入低保日期）、note（备注）；tekun（特困人员；纳入和退出限社区工作者及以上）：householdId（所属户）、support（供养方式）、since（认定特困日期）、note（备注）；unemployed（失业人员）：since（失业日期）、registered（已办理失业登记）、skills（技能特长）、note（备注）；laid-off（下岗职工）：since（下岗日期）、formerEmployer（原单位）、skills（技能特长）、note（备注）；military-family（军属；纳入和退出限社区工作者及以上）：serviceMemberName（军人姓名）、relationship（与军人关系）、note（备注）；martyr-family（烈属；纳入和退出限社区工作者及以上）：martyrName（烈士姓名）、relationship（与烈士关系）、note（备注）；active-military（现役军人；纳入和退出限社区工作者及以上）：enlistedOn（入伍日期）、note（备注）；transferred-officer（军转干部；纳入和退出限社区工作者及以上）：transferredOn（转业日期）、placement（安置单位）、note（备注）；mental-illness（精神障碍患者（长期服药）；纳入和退出限社区工作者及以上）：cardNumber（长期服药卡号）、medication（所服药物）、visitMonthly（每月走访）、guardian（监护人）、note（备注）（类型、可选值和网格员可记录的属性见 GET /registry/groups）。
         *
         *     可调用角色：区级管理员（district-admin）、街道工作人员（subdistrict-staff）、社区工作者（community-worker）、网格员（grid-worker）。
         */
        put: operations["setGroupMembership"];
        post?: never;
        /**
         * 退出群体
         * @description 把人员移出群体（如脱贫退出低保、残疾证注销），须填写原因；变更历史保留。低保、特困等关系到待遇的群体限社区工作者及以上办理。
         *
         *     可调用角色：区级管理员（district-admin）、街道工作人员（subdistrict-staff）、社区工作者（community-worker）、网格员（grid-worker）。
         */
        delete: operations["leaveGroup"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/registry/persons/{id}/groups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 人员所属群体及变更历史
         * @description 列出人员当前所在的群体、按今天推算的群体（elderly（60 岁及以上老人）、elderly-80（80 岁及以上高龄老人）、women-childbearing-age（育龄妇女（15–49 岁）））和每一次变更的历史。工作人员查看管辖范围内的人员，居民只能查看本人。reveal=true 时有权限的角色可看到完整的残疾人证号，并记入审计。
         *
         *     可调用角色：所有已登录角色。
         */
        get: operations["listPersonGroups"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/registry/groups/{group}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 群体成员名单
         * @description 按社区或网格列出群体成员，分页返回。残疾人可按类别（category：visual、hearing、speech、limb、intellectual、mental、multiple）和等级（grade：1–4）筛选。elderly（60 岁及以上老人）、elderly-80（80 岁及以上高龄老人）、women-childbearing-age（育龄妇女（15–49 岁）） 按今天的日期由出生日期推算，不存储，不能按类别或等级筛选。
         *
         *     可调用角色：区级管理员（district-admin）、街道工作人员（subdistrict-staff）、社区工作者（community-worker）、网格员（grid-worker）。
         */
        get: operations["listGroupMembers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/registry/groups/{group}/members/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 导出群体台账（Excel）
         * @description 把社区或网格的群体成员名单导出为 .xlsx 台账：序号、姓名、性别、年龄、公民身份号码（脱敏）、网格、楼栋/房号和该群体的主要属性（中文）。筛选与群体成员名单相同（残疾人可按类别、等级）。一次最多 5000 人，超过时请按网格或类别、等级缩小范围。
         *
         *     可调用角色：区级管理员（district-admin）、街道工作人员（subdistrict-staff）、社区工作者（community-worker）、网格员（grid-worker）。
         */
        get: operations["exportGroupMembers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/registry/groups/{group}/counts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 群体人数统计
         * @description 统计一个社区或网格内群体的人数：残疾人按类别和等级，推算群体按年龄段。全区、街道的汇总由统计服务按日生成。
         *
         *     可调用角色：区级管理员（district-admin）、街道工作人员（subdistrict-staff）、社区工作者（community-worker）、网格员（grid-worker）。
         */
        get: operations["countGroupMembers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/registry/areas/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 查看地区及其下级
         * @description 按行政区划代码查看本区、街道、社区或网格，以及其直接下级：区的街道、街道的社区、社区的网格。地区信息不是个人信息，无需登录，可供公开栏和小程序使用。
         *
         *     公开接口，无需登录。
         */
        get: operations["getArea"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/registry/communities/{community}/grids": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 社区网格列表
         * @description 按序号列出社区的网格及其特色和网格长（电话脱敏）。网格员可查看本社区的网格。
         *
         *     可调用角色：区级管理员（district-admin）、街道工作人员（subdistrict-staff）、社区工作者（community-worker）、网格员（grid-worker）。
         */
        get: operations["listGrids"];
        put?: never;
        /**
         * 设立网格
         * @description 在社区内设立网格（一网格一特色），网格代码为“社区代码-序号”，如 350203006029-03。网格长电话加密保存，脱敏显示。
         *
         *     可调用角色：区级管理员（district-admin）、街道工作人员（subdistrict-staff）、社区工作者（community-worker）。
         */
        post: operations["defineGrid"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/registry/communities/{community}/grids/{number}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * 修改网格
         * @description 修改网格名称、特色或网格长；须提交读取时的 version，期间被他人修改则返回 409。网格长字段传 null 表示清空。
         *
         *     可调用角色：区级管理员（district-admin）、街道工作人员（subdistrict-staff）、社区工作者（community-worker）。
         */
        patch: operations["updateGrid"];
        trace?: never;
    };
    "/registry/communities/{community}/buildings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 社区楼栋列表
         * @description 按登记先后列出社区的楼栋，可按网格筛选。
         *
         *     可调用角色：区级管理员（district-admin）、街道工作人员（subdistrict-staff）、社区工作者（community-worker）、网格员（grid-worker）。
         */
        get: operations["listBuildings"];
        put?: never;
        /**
         * 登记楼栋
         * @description 登记社区内的楼栋（名称在社区内唯一），可指定所属网格、楼层数和户数。
         *
         *     可调用角色：区级管理员（district-admin）、街道工作人员（subdistrict-staff）、社区工作者（community-worker）。
         */
        post: operations["createBuilding"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/registry/communities/{community}/buildings/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * 修改楼栋
         * @description 修改楼栋名称、所属网格、楼层数、户数或地址；须提交读取时的 version。字段传 null 表示清空。
         *
         *     可调用角色：区级管理员（district-admin）、街道工作人员（subdistrict-staff）、社区工作者（community-worker）。
         */
        patch: operations["updateBuilding"];
        trace?: never;
    };
    "/registry/communities/{community}/facilities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 社区设施列表
         * @description 按登记先后列出社区设施，可按类型或所属上级（如某银龄幸福之家的服务站）筛选。
         *
         *     可调用角色：区级管理员（district-admin）、街道工作人员（subdistrict-staff）、社区工作者（community-worker）、网格员（grid-worker）。
         */
        get: operations["listFacilities"];
        put?: never;
        /**
         * 登记社区设施
         * @description 登记社区书院、党群之家、妇女儿童家园、银龄幸福之家等设施。银龄幸福之家“1+6”的服务站登记为 silver-age-station，并以 parentId 指明所属的银龄幸福之家。
         *
         *     可调用角色：区级管理员（district-admin）、街道工作人员（subdistrict-staff）、社区工作者（community-worker）。
         */
        post: operations["createFacility"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/registry/communities/{community}/facilities/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * 修改社区设施
         * @description 修改设施名称、地址、开放时间或简介（类型和所属上级不可改）；须提交读取时的 version。字段传 null 表示清空。
         *
         *     可调用角色：区级管理员（district-admin）、街道工作人员（subdistrict-staff）、社区工作者（community-worker）。
         */
        patch: operations["updateFacility"];
        trace?: never;
    };
    "/registry/communities/{community}/office-hours": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 查看社区办公时间
         * @description 社区的办公时间和三证办理日，无需登录，供公开栏和小程序使用。
         *
         *     公开接口，无需登录。
         */
        get: operations["getOfficeHours"];
        /**
         * 设置社区办公时间
         * @description 设置社区的办公日、办公时段和三证（生殖健康服务证、独生子女证、流动人口婚育证）的固定办理日。首次设置不填 version；修改时须提交读取时的 version。
         *
         *     可调用角色：区级管理员（district-admin）、街道工作人员（subdistrict-staff）、社区工作者（community-worker）。
         */
        put: operations["setOfficeHours"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/registry/units": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 辖内单位列表
         * @description 按名称列出社区或网格内的单位，可按类型筛选或按名称前缀查找，分页返回。
         *
         *     可调用角色：区级管理员（district-admin）、街道工作人员（subdistrict-staff）、社区工作者（community-worker）、网格员（grid-worker）、单位（unit）。
         */
        get: operations["listUnits"];
        put?: never;
        /**
         * 登记辖内单位
         * @description 登记社区内的机关、企业、学校、医院、社会组织等单位（名称在社区内唯一）。联系人电话加密保存，脱敏显示。
         *
         *     可调用角色：区级管理员（district-admin）、街道工作人员（subdistrict-staff）、社区工作者（community-worker）。
         */
        post: operations["registerUnit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/registry/units/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 查看单位
         * @description 可调用角色：区级管理员（district-admin）、街道工作人员（subdistrict-staff）、社区工作者（community-worker）、网格员（grid-worker）、单位（unit）。
         */
        get: operations["getUnit"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * 修改单位
         * @description 修改单位名称、类型、所在网格、地址或联系人；须提交读取时的 version。字段传 null 表示清空。
         *
         *     可调用角色：区级管理员（district-admin）、街道工作人员（subdistrict-staff）、社区工作者（community-worker）。
         */
        patch: operations["updateUnit"];
        trace?: never;
    };
    "/registry/units/{id}/agreements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 单位的共建协议
         * @description 按签订先后倒序列出单位的共建协议，并标明是否仍在有效期内。
         *
         *     可调用角色：区级管理员（district-admin）、街道工作人员（subdistrict-staff）、社区工作者（community-worker）、网格员（grid-worker）、单位（unit）。
         */
        get: operations["listAgreements"];
        put?: never;
        /**
         * 登记共建协议
         * @description 登记单位与社区签订的共建协议及其承诺：每年提供的就业岗位、每季度的特色课程、开放的场地。
         *
         *     可调用角色：区级管理员（district-admin）、街道工作人员（subdistrict-staff）、社区工作者（community-worker）。
         */
        post: operations["signAgreement"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/registry/mutual-aid/applications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 入会申请列表
         * @description 按提交先后倒序列出社区的入会申请，可按状态筛选（如待审议）。
         *
         *     可调用角色：区级管理员（district-admin）、街道工作人员（subdistrict-staff）、社区工作者（community-worker）、网格员（grid-worker）。
         */
        get: operations["listMutualAidApplications"];
        put?: never;
        /**
         * 申请加入共建互助联合会
         * @description 单位申请加入社区的共建互助联合会，由理事会审议。同一单位同时只能有一份待审议的申请；已是会员的无需申请。
         *
         *     可调用角色：区级管理员（district-admin）、街道工作人员（subdistrict-staff）、社区工作者（community-worker）、单位（unit）。
         */
        post: operations["applyToMutualAid"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/registry/mutual-aid/applications/{id}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 理事会审议入会申请
         * @description 记录理事会对入会申请的审议结果：批准后单位成为会员，驳回后单位可重新申请。每份申请只能审议一次，已审议的返回 409。
         *
         *     可调用角色：区级管理员（district-admin）、街道工作人员（subdistrict-staff）、社区工作者（community-worker）。
         */
        post: operations["decideMutualAidApplication"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/registry/mutual-aid/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 共建互助联合会会员
         * @description 按名称列出社区共建互助联合会的会员单位。
         *
         *     可调用角色：区级管理员（district-admin）、街道工作人员（subdistrict-staff）、社区工作者（community-worker）、网格员（grid-worker）、单位（unit）。
         */
        get: operations["listMutualAidMembers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/registry/mutual-aid/offers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 资源与需求列表
         * @description 按发布先后倒序列出社区会员单位发布的资源和需求，可只看一类，便于对接。
         *
         *     可调用角色：区级管理员（district-admin）、街道工作人员（subdistrict-staff）、社区工作者（community-worker）、网格员（grid-worker）、单位（unit）。
         */
        get: operations["listMutualAidOffers"];
        put?: never;
        /**
         * 发布资源或需求
         * @description 会员单位发布可提供的资源（resource）或需求（need），供联合会对接。非会员返回 409。
         *
         *     可调用角色：区级管理员（district-admin）、街道工作人员（subdistrict-staff）、社区工作者（community-worker）、单位（unit）。
         */
        post: operations["postMutualAidOffer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/registry/mutual-aid/awards": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 年度表彰列表
         * @description 列出社区联合会某一年度（不填则全部，新年度在前）的表彰。
         *
         *     可调用角色：区级管理员（district-admin）、街道工作人员（subdistrict-staff）、社区工作者（community-worker）、网格员（grid-worker）、单位（unit）。
         */
        get: operations["listMutualAidAwards"];
        put?: never;
        /**
         * 登记年度表彰
         * @description 登记联合会对会员单位的年度表彰；同一单位同一年度同一名称只登记一次。
         *
         *     可调用角色：区级管理员（district-admin）、街道工作人员（subdistrict-staff）、社区工作者（community-worker）。
         */
        post: operations["grantMutualAidAward"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/registry/communities/{community}/legal-advisor": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 社区法律顾问联系卡
         * @description 社区法律顾问的联系卡：姓名、律师事务所、工作电话和服务时间。律师的工作电话本就用于公开联系，因此完整显示；无需登录。
         *
         *     公开接口，无需登录。
         */
        get: operations["getLegalAdvisor"];
        /**
         * 设置社区法律顾问
         * @description 设置社区的法律顾问（一村一法律顾问，一名律师可服务多个社区）。律师的工作电话将在联系卡上公开，不作为个人信息加密。首次设置不填 version；修改时须提交读取时的 version。
         *
         *     可调用角色：区级管理员（district-admin）、街道工作人员（subdistrict-staff）、社区工作者（community-worker）。
         */
        put: operations["setLegalAdvisor"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/registry/mutual-aid/activities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 共建互助活动列表
         * @description 按举办日期倒序列出社区联合会某一年度（不填则全部）的共建互助活动及参加单位。
         *
         *     可调用角色：区级管理员（district-admin）、街道工作人员（subdistrict-staff）、社区工作者（community-worker）、网格员（grid-worker）、单位（unit）。
         */
        get: operations["listMutualAidActivities"];
        put?: never;
        /**
         * 登记共建互助活动
         * @description 登记联合会开展的一次共建互助活动（培训讲座、会员沙龙、文体联谊、便民服务等）：名称、形式、日期和参加的辖内单位，计入当年的活动次数和参加单位。
         *
         *     可调用角色：区级管理员（district-admin）、街道工作人员（subdistrict-staff）、社区工作者（community-worker）。
         */
        post: operations["recordMutualAidActivity"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/registry/mutual-aid/years/{year}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 共建互助联合会年度情况
         * @description 社区联合会一年的情况：当年提交入会申请的单位数及审议结果、现有会员数、开展的共建互助活动次数（按形式）、参加活动的单位数及各单位参加次数、当年表彰数。
         *
         *     可调用角色：区级管理员（district-admin）、街道工作人员（subdistrict-staff）、社区工作者（community-worker）、网格员（grid-worker）、单位（unit）。
         */
        get: operations["getMutualAidYear"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/registry/legal-advisors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 法律顾问包保情况
         * @description 一村一法律顾问：某街道（或区、社区）内每位法律顾问包保的社区（村）及服务时间，以及尚未设置法律顾问的社区（村）。
         *
         *     可调用角色：区级管理员（district-admin）、街道工作人员（subdistrict-staff）、社区工作者（community-worker）、网格员（grid-worker）。
         */
        get: operations["listLegalAdvisors"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/registry/persons/{id}/visits": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 走访记录
         * @description 按走访日期从新到旧列出一名人员的走访记录，分页返回。
         *
         *     可调用角色：区级管理员（district-admin）、街道工作人员（subdistrict-staff）、社区工作者（community-worker）、网格员（grid-worker）。
         */
        get: operations["listVisits"];
        put?: never;
        /**
         * 记录走访
         * @description 记录一次入户走访（民情日记）：走访日期、类型、走访情况、需求和后续跟进，走访人为当前用户。该人员有同类走访计划时，下次应走访日期随之顺延。
         *
         *     可调用角色：区级管理员（district-admin）、街道工作人员（subdistrict-staff）、社区工作者（community-worker）、网格员（grid-worker）。
         */
        post: operations["recordVisit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/registry/persons/{id}/visit-plan": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * 设置走访计划
         * @description 为一名人员设置某类走访的周期和负责网格员（如长期服药卡持有人每月走访）。每人每类一个计划；修改已有计划须带上 version，下次应走访日期重置为首次走访日期。
         *
         *     可调用角色：区级管理员（district-admin）、街道工作人员（subdistrict-staff）、社区工作者（community-worker）、网格员（grid-worker）。
         */
        put: operations["setVisitPlan"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/registry/visits/due": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 待走访清单
         * @description 列出社区或网格内应走访日期早于截止日期的走访计划，最早到期的在前，分页返回。
         *
         *     可调用角色：区级管理员（district-admin）、街道工作人员（subdistrict-staff）、社区工作者（community-worker）、网格员（grid-worker）。
         */
        get: operations["listDueVisits"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/registry/visits/due/mine": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 我的待走访
         * @description 列出指派给当前用户、应走访日期早于截止日期的走访计划，最早到期的在前，分页返回。
         *
         *     可调用角色：区级管理员（district-admin）、街道工作人员（subdistrict-staff）、社区工作者（community-worker）、网格员（grid-worker）。
         */
        get: operations["listMyDueVisits"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/registry/persons/{id}/certificates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 人员的证件和卡
         * @description 一名人员当前有效的证件和卡（已申请待签发、已签发；每类至多一张），含类型、状态、编号、申请和签发时间，最近申请的在前。已作废的不在其中，可在证件列表按状态 revoked 查看。居民只能查看本人的；工作人员只能查看管辖范围内人员的。
         *
         *     可调用角色：所有已登录角色。
         */
        get: operations["listPersonCertificates"];
        put?: never;
        /**
         * 申请证件或卡
         * @description 为一名人员申请证件或卡，状态为已申请。生殖健康服务证、独生子女证、流动人口婚育证明只在社区三证办理日受理（非办理日返回 422 并告知下一个办理日）；老年优待证须年满 60 周岁；残疾人免费乘车卡须已登记为残疾人；一卡通须填写体检费优惠比例（15–25%）。同一人同类证件只能有一张有效（已申请或已签发）。
         *
         *     可调用角色：区级管理员（district-admin）、街道工作人员（subdistrict-staff）、社区工作者（community-worker）、网格员（grid-worker）。
         */
        post: operations["applyForCertificate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/registry/certificates/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 查看证件
         * @description 按编号查看证件或卡的状态、编号和办理人。
         *
         *     可调用角色：区级管理员（district-admin）、街道工作人员（subdistrict-staff）、社区工作者（community-worker）、网格员（grid-worker）。
         */
        get: operations["getCertificate"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/registry/certificates/{id}/issue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 签发证件
         * @description 签发已申请的证件：按社区、类型和年份连续编号（不重号、不跳号），记录签发人和签发时间。当月三证档案已移交街道后，当月不能再签发三证。
         *
         *     可调用角色：区级管理员（district-admin）、街道工作人员（subdistrict-staff）、社区工作者（community-worker）。
         */
        post: operations["issueCertificate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/registry/certificates/{id}/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 作废证件
         * @description 作废已申请或已签发的证件（如不再符合条件、遗失补办），须填写原因。作废后此人可重新申请同类证件。
         *
         *     可调用角色：区级管理员（district-admin）、街道工作人员（subdistrict-staff）、社区工作者（community-worker）。
         */
        post: operations["revokeCertificate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/registry/certificates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 证件列表
         * @description 列出社区（或网格）的证件和卡，可按类型、状态和月份（签发月份；未签发的按申请月份）筛选，新的在前，分页返回。
         *
         *     可调用角色：区级管理员（district-admin）、街道工作人员（subdistrict-staff）、社区工作者（community-worker）、网格员（grid-worker）。
         */
        get: operations["listCertificates"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/registry/certificates/archive-batches": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 三证归档批次
         * @description 街道查看所辖各社区移交的三证档案批次，或查看一个社区的批次，按月份从新到旧，分页返回。
         *
         *     可调用角色：区级管理员（district-admin）、街道工作人员（subdistrict-staff）、社区工作者（community-worker）。
         */
        get: operations["listArchiveBatches"];
        put?: never;
        /**
         * 三证月末归档移交
         * @description 把社区当月签发的三证（生殖健康服务证、独生子女证、流动人口婚育证明）汇成一批档案移交街道，列出证件编号并按类型计数。每个社区每月只移交一次（重复移交返回 409）；该月最后一天起才能移交。
         *
         *     可调用角色：区级管理员（district-admin）、街道工作人员（subdistrict-staff）、社区工作者（community-worker）。
         */
        post: operations["handOverArchiveBatch"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/registry/imports/template": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 下载人员导入模板
         * @description 人员台帐导入模板（.xlsx）：中文表头和一行示例；每个特殊群体一列“是/否”及其主要属性列（可选值有下拉），号码列为文本格式；“说明”页列出每列的所属群体、是否必填和可选值，“群体说明”页列出每个群体要填的列。列的顺序可调整，表头按文字识别（前后空格不影响）；每个文件最多 20000 行数据、10 MB。
         *
         *     可调用角色：区级管理员（district-admin）、街道工作人员（subdistrict-staff）、社区工作者（community-worker）。
         */
        get: operations["downloadImportTemplate"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/registry/imports/uploads": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 申请上传导入文件
         * @description 大文件经对象存储上传：返回 15 分钟内有效的上传地址，客户端用 PUT 上传文件（Content-Type 和大小须与申请一致），再以返回的 objectKey 调用“开始导入”。本地环境不支持，请直接上传。
         *
         *     可调用角色：区级管理员（district-admin）、街道工作人员（subdistrict-staff）、社区工作者（community-worker）。
         */
        post: operations["createImportUpload"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/registry/imports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 导入任务列表
         * @description 一个社区的导入任务，最新的在前，分页返回。inProgress=true 时只列出排队中和导入中的任务（工作台用），不论之前有多少已结束的任务。
         *
         *     可调用角色：区级管理员（district-admin）、街道工作人员（subdistrict-staff）、社区工作者（community-worker）。
         */
        get: operations["listImports"];
        put?: never;
        /**
         * 开始导入人员台帐
         * @description 导入一个社区的人员台帐（.xlsx 或 CSV，UTF-8 或 GBK）：文件作为请求正文直接上传，或先“申请上传导入文件”再给出 objectKey。立即检查表头、大小（10 MB）和行数（20000 行），然后在后台逐行导入：新人员登记，已登记的本社区人员按表更新，残疾人等群体一并登记；有错误的行不导入，进入错误报告。同一社区再次导入同一文件返回原任务，不会重复导入。
         *
         *     可调用角色：区级管理员（district-admin）、街道工作人员（subdistrict-staff）、社区工作者（community-worker）。
         */
        post: operations["startImport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/registry/imports/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 查看导入进度
         * @description 导入任务的状态、进度和结果统计。
         *
         *     可调用角色：区级管理员（district-admin）、街道工作人员（subdistrict-staff）、社区工作者（community-worker）。
         */
        get: operations["getImport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/registry/imports/{id}/errors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 导入错误明细
         * @description 按行号列出未导入的行及原因，每个出错的行一条（报告该行最靠左的出错列，其余出错列在说明末尾列出），分页返回。
         *
         *     可调用角色：区级管理员（district-admin）、街道工作人员（subdistrict-staff）、社区工作者（community-worker）。
         */
        get: operations["listImportErrors"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/registry/imports/{id}/errors.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 下载导入错误报告
         * @description 导入错误报告（.xlsx）：行号、列、值、错误说明，按行号排序，可对照原文件逐行修改后重新导入。
         *
         *     可调用角色：区级管理员（district-admin）、街道工作人员（subdistrict-staff）、社区工作者（community-worker）。
         */
        get: operations["downloadImportErrors"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/registry/imports/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 取消导入
         * @description 停止一个排队中或导入中的任务：排队中的立即取消；导入中的在当前这一批行（最多 200 行）完成后停止。已导入的行保留，processedRows 说明停在第几行；之后可“继续导入”或再次上传同一文件，从停下的地方接着导入，每行只导入一次。
         *
         *     可调用角色：区级管理员（district-admin）、街道工作人员（subdistrict-staff）、社区工作者（community-worker）。
         */
        post: operations["cancelImport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/registry/imports/{id}/resume": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 继续导入
         * @description 让已取消的任务从停下的那一行接着导入；已导入的行不会重复导入。
         *
         *     可调用角色：区级管理员（district-admin）、街道工作人员（subdistrict-staff）、社区工作者（community-worker）。
         */
        post: operations["resumeImport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/subsidies/programmes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 补助项目目录
         * @description 本区的全部补助项目：发放周期、现金或实物、金额规则、公示天数和本区设定的标准。政策信息公开，无需登录。
         *
         *     公开接口，无需登录。
         */
        get: operations["listProgrammes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/subsidies/persons/{id}/eligibility": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 查询申请条件
         * @description 按本服务从户籍登记同步的事实（年龄、户籍、人员类别、残疾类别和等级、家庭人口和人均收入）逐条检查该居民是否符合各补助项目的条件，并给出可计算的月（次）金额。可只查一个项目。
         *
         *     可调用角色：区级管理员（district-admin）、街道工作人员（subdistrict-staff）、社区工作者（community-worker）、网格员（grid-worker）、居民（resident）。
         */
        get: operations["checkEligibility"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/subsidies/programmes/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * 设定本区补助标准
         * @description 区民政部门设定某补助项目在本区执行的标准（如低保标准、定额补助金额、贷款上限，只能设定该项目已有的参数）和三榜公示每榜天数。新标准用于此后提交和审批的申请；已在享受的补助在复核时按新标准重新核定。首次设定 version 为 0。
         *
         *     可调用角色：区级管理员（district-admin）。
         */
        put: operations["setProgrammeSettings"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/subsidies/applications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 查询补助申请
         * @description 按社区（可按状态、项目筛选）或按申请人列出补助申请，最新的在前。居民只能查询本人的申请。
         *
         *     可调用角色：区级管理员（district-admin）、街道工作人员（subdistrict-staff）、社区工作者（community-worker）、网格员（grid-worker）、居民（resident）。
         */
        get: operations["listApplications"];
        put?: never;
        /**
         * 提交补助申请
         * @description 居民本人或社区工作人员代为提交补助申请。按本服务保存的户籍事实检查申请条件，不符合时逐条说明原因；现金补助和贷款须填写申请人本人的银行账户（账号加密保存）。同一居民（低保等按户发放的项目为同一家庭）同一项目只能有一个在办或享受中的申请。
         *
         *     可调用角色：区级管理员（district-admin）、街道工作人员（subdistrict-staff）、社区工作者（community-worker）、网格员（grid-worker）、居民（resident）。
         */
        post: operations["submitApplication"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/subsidies/applications/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 查看补助申请
         * @description 申请的全部经过（每一步由谁、何时办理）、公示轮次和异议、审批金额以及已发放的每一笔补助。
         *
         *     可调用角色：区级管理员（district-admin）、街道工作人员（subdistrict-staff）、社区工作者（community-worker）、网格员（grid-worker）、居民（resident）。
         */
        get: operations["getApplication"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/subsidies/applications/{id}/commands": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 办理补助申请
         * @description 按流程办理申请：开始社区审核 → 登记入户抽查 → 张榜公示（三榜，每榜按项目规定天数，默认 7 天；有未处理异议或未满公示期不能结束公示）→ 街道审批（重新核对条件并确定金额，超出年度预算时拒绝）→ 实物补助登记发放、贷款登记还款、定期复核（维持或按现有家庭情况重新核定金额）、暂停、恢复、登记就业（低保渐退）、终止；审批前可驳回或撤回。须附上读取时的 version，他人已修改时返回 409；带 Idempotency-Key 重试时返回第一次的结果。
         *
         *     可调用角色：区级管理员（district-admin）、街道工作人员（subdistrict-staff）、社区工作者（community-worker）、网格员（grid-worker）、居民（resident）。
         */
        post: operations["actOnApplication"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/subsidies/reviews": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 到期复核名单
         * @description 社区中享受中或暂停中的补助，下次复核日期不晚于 before（默认今天）的，按复核日期排列。
         *
         *     可调用角色：区级管理员（district-admin）、街道工作人员（subdistrict-staff）、社区工作者（community-worker）、网格员（grid-worker）。
         */
        get: operations["listDueReviews"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/subsidies/notices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 补助公示栏
         * @description 社区当前正在公示的补助对象，按第一、二、三榜分列：项目、姓名、打码的身份证号、家庭人口、拟发放金额和公示期。无需登录，供公开栏、小程序和居民查看；公示期内可向社区提出异议。
         *
         *     公开接口，无需登录。
         */
        get: operations["getNoticeBoard"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/subsidies/notices/print": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 打印公示榜
         * @description 一榜的可打印页面（A4，张贴在社区公示栏），身份证号打码，注明公示期和异议受理方式。
         *
         *     公开接口，无需登录。
         */
        get: operations["printNoticeBoard"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/subsidies/budgets/{programme}/{year}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * 设定年度预算
         * @description 设定某补助项目的年度预算（可注明专款专用的资金来源）。审批时按补助全年预计支出占用预算，超出可用额度的审批被拒绝；调整预算不能低于已占用的金额。首次设定不带 version，调整时须带读取时的 version。
         *
         *     可调用角色：区级管理员（district-admin）。
         */
        put: operations["setBudget"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/subsidies/budgets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 预算执行情况
         * @description 某年度各补助项目的预算、已占用、可用和已发放金额，按月列出发放。
         *
         *     可调用角色：区级管理员（district-admin）、街道工作人员（subdistrict-staff）。
         */
        get: operations["listBudgets"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/subsidies/ledger": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 补助台帐
         * @description 某月在某社区或街道（含下属社区）的发放台帐：按社区和项目列出发放金额和笔数、低保渐退减少的月金额，并按项目合计。
         *
         *     可调用角色：区级管理员（district-admin）、街道工作人员（subdistrict-staff）、社区工作者（community-worker）、网格员（grid-worker）。
         */
        get: operations["getLedger"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/subsidies/payments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 发放明细
         * @description 某月在某社区或街道的每一笔发放，账号打码。
         *
         *     可调用角色：区级管理员（district-admin）、街道工作人员（subdistrict-staff）、社区工作者（community-worker）、网格员（grid-worker）。
         */
        get: operations["listPayments"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/subsidies/payments/bank-file": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 导出银行代发文件
         * @description 某月在某街道或社区的现金补助代发清单（Excel）：户名、开户银行、完整账号、金额，末行合计。仅区和街道工作人员可导出。
         *
         *     可调用角色：区级管理员（district-admin）、街道工作人员（subdistrict-staff）。
         */
        get: operations["exportBankFile"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/subsidies/payment-runs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 发放批次
         * @description 某月的补助发放批次（每月 5 日 2:00 自动运行，重跑不会重复发放）：开始和结束时间、进度（已核对的补助项、已发放笔数和金额）和结果，最近的在前。发放中的批次每处理完一批即更新。
         *
         *     可调用角色：区级管理员（district-admin）、街道工作人员（subdistrict-staff）、社区工作者（community-worker）、网格员（grid-worker）。
         */
        get: operations["listPaymentRuns"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/subsidies/payments/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 发放预览
         * @description 若此刻运行某月的发放，社区内每项补助将发放的期数和金额（享受中、暂停前欠发的期和已终止补助终止前未发的期），按项目合计；已发放的期不再计入。只读，不发放。
         *
         *     可调用角色：区级管理员（district-admin）、街道工作人员（subdistrict-staff）、社区工作者（community-worker）、网格员（grid-worker）。
         */
        get: operations["previewPayments"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/subsidies/drives": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 募捐活动列表
         * @description 按开始日期从新到旧列出社区的募捐活动；按街道查询时列出街道及其所辖社区的全部活动。可按状态筛选，分页返回。
         *
         *     可调用角色：区级管理员（district-admin）、街道工作人员（subdistrict-staff）、社区工作者（community-worker）、网格员（grid-worker）。
         */
        get: operations["listDrives"];
        put?: never;
        /**
         * 发起慈善募捐
         * @description 为社区或街道发起一次慈善募捐（慈善捐款）活动：名称、目的、起止日期，专款专用时写明指定用途。发起后即可登记善款和物资。
         *
         *     可调用角色：区级管理员（district-admin）、街道工作人员（subdistrict-staff）、社区工作者（community-worker）、网格员（grid-worker）。
         */
        post: operations["createDrive"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/subsidies/drives/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 查看募捐活动
         * @description 募捐活动及其合计：按来源（居民、单位、党费、其他）分列的善款、善款总额、按物品合计的物资和捐赠笔数。
         *
         *     可调用角色：区级管理员（district-admin）、街道工作人员（subdistrict-staff）、社区工作者（community-worker）、网格员（grid-worker）。
         */
        get: operations["getDrive"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/subsidies/drives/{id}/donations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 捐赠明细
         * @description 按登记先后列出募捐活动的捐赠明细，可只看善款或物资、只看某一来源，分页返回。
         *
         *     可调用角色：区级管理员（district-admin）、街道工作人员（subdistrict-staff）、社区工作者（community-worker）、网格员（grid-worker）。
         */
        get: operations["listDonations"];
        put?: never;
        /**
         * 登记捐赠
         * @description 登记一笔善款（kind=money：来源和金额，金额以元计、最多两位小数）或一批物资（kind=goods：物品名称、数量和计量单位）。捐赠人可不留姓名。捐赠与活动合计在同一事务中写入，合计不会出错；带相同 Idempotency-Key 的重试返回首次结果，只计一次。已结束的活动不能再登记。
         *
         *     可调用角色：区级管理员（district-admin）、街道工作人员（subdistrict-staff）、社区工作者（community-worker）、网格员（grid-worker）。
         */
        post: operations["recordDonation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/subsidies/drives/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 结束募捐活动
         * @description 结束募捐活动，此后不再接受捐赠登记。须提交读取活动时的 version：期间又登记了捐赠时返回 409，请刷新核对合计后再结束。已结束的活动返回 409。
         *
         *     可调用角色：区级管理员（district-admin）、街道工作人员（subdistrict-staff）、社区工作者（community-worker）、网格员（grid-worker）。
         */
        post: operations["closeDrive"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/subsidies/employment/standards": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 就业扶贫基地标准
         * @description 残疾人就业扶贫基地的标准（按企业安置型、辐射带动型分列）、由区设定的参数（当地最低工资标准）和各项时限：4 月 30 日前申报、7 月 21–31 日验收、11 月 10 日前报送年度统计表、培训计划提前 10 天报送。
         *
         *     可调用角色：区级管理员（district-admin）、街道工作人员（subdistrict-staff）、社区工作者（community-worker）、网格员（grid-worker）、单位（unit）。
         */
        get: operations["getEmploymentStandards"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/subsidies/employment/standards/check": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 对照基地标准自查
         * @description 按基地类型逐项核对单位填报的数据是否达到基地标准，逐项说明实际值和标准；只做核对，不保存任何数据。
         *
         *     可调用角色：区级管理员（district-admin）、街道工作人员（subdistrict-staff）、社区工作者（community-worker）、网格员（grid-worker）、单位（unit）。
         */
        post: operations["checkEmploymentStandards"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/subsidies/employment/bases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 就业扶贫基地列表
         * @description 列出区、街道、社区或网格内某一年度（默认今年）的就业扶贫基地，按地区排列，可按状态筛选，分页返回。
         *
         *     可调用角色：区级管理员（district-admin）、街道工作人员（subdistrict-staff）、社区工作者（community-worker）、网格员（grid-worker）。
         */
        get: operations["listEmploymentBases"];
        put?: never;
        /**
         * 申报残疾人就业扶贫基地
         * @description 单位（或工作人员代为）申报某一年度的残疾人就业扶贫基地：企业安置型或辐射带动型，连同按标准填报的数据。当年度须在 4 月 30 日前申报，逾期返回 422 并写明截止日期；数据未达到基地标准的返回 422，逐项说明未达标的标准和实际值。每个单位每年度只能申报一次。
         *
         *     可调用角色：区级管理员（district-admin）、街道工作人员（subdistrict-staff）、社区工作者（community-worker）、网格员（grid-worker）、单位（unit）。
         */
        post: operations["applyForEmploymentBase"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/subsidies/employment/bases/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 查看就业扶贫基地
         * @description 基地某一年度的全部情况：申报数据和逐项核对结果、验收及佐证材料、挂牌、扶持资金、摘牌、年度统计表和每一步的经办人。
         *
         *     可调用角色：区级管理员（district-admin）、街道工作人员（subdistrict-staff）、社区工作者（community-worker）、网格员（grid-worker）、单位（unit）。
         */
        get: operations["getEmploymentBase"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/subsidies/employment/bases/{id}/inspection": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 登记基地验收
         * @description 登记残联会同财政部门于 7 月下旬对基地的实地验收：验收意见、佐证材料（现场照片、劳动合同、帮扶协议、花名册等）和结论。只能在基地年度的 7 月 21 日至 31 日登记，其他日期返回 422。达标即挂牌；未达标则本年度不予挂牌。须提交读取时的 version。
         *
         *     可调用角色：区级管理员（district-admin）、街道工作人员（subdistrict-staff）。
         */
        post: operations["inspectEmploymentBase"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/subsidies/employment/bases/{id}/funds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 拨付基地扶持资金
         * @description 验收达标挂牌后，将扶持资金直接拨付到基地，专款专用。金额以元填写，按分保存。每个基地每年度只拨付一次：再次拨付返回 409；带相同 Idempotency-Key 的重试返回首次结果。
         *
         *     可调用角色：区级管理员（district-admin）。
         */
        post: operations["payEmploymentBaseFunds"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/subsidies/employment/bases/{id}/withdrawal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 基地摘牌
         * @description 基地不搞终身制：挂牌后对照标准复查不合格的，写明原因予以摘牌。只有已挂牌的基地可以摘牌；须提交读取时的 version。
         *
         *     可调用角色：区级管理员（district-admin）、街道工作人员（subdistrict-staff）。
         */
        post: operations["withdrawEmploymentBasePlaque"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/subsidies/employment/bases/{id}/statistics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 报送年度统计表
         * @description 已挂牌的基地报送《残疾人就业扶贫基地扶持残疾人状况统计表》及当年工作总结、下年度工作计划。应在当年 11 月 10 日前报送；逾期仍予受理，但标记为逾期（late）。每年度报送一次；须提交读取时的 version。
         *
         *     可调用角色：区级管理员（district-admin）、街道工作人员（subdistrict-staff）、社区工作者（community-worker）、网格员（grid-worker）、单位（unit）。
         */
        post: operations["fileEmploymentBaseStatistics"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/subsidies/employment/bases/{id}/training-plans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 基地的培训计划
         * @description 按报送先后列出基地的培训计划，分页返回。
         *
         *     可调用角色：区级管理员（district-admin）、街道工作人员（subdistrict-staff）、社区工作者（community-worker）、网格员（grid-worker）、单位（unit）。
         */
        get: operations["listEmploymentTrainingPlans"];
        put?: never;
        /**
         * 报送培训计划
         * @description 基地报送残疾人劳动技能培训计划，须在开班前至少 10 天报送；开班日期过近的返回 422，并写明按今天报送最早可开班的日期。已申报或已挂牌的基地可以报送。
         *
         *     可调用角色：区级管理员（district-admin）、街道工作人员（subdistrict-staff）、社区工作者（community-worker）、网格员（grid-worker）、单位（unit）。
         */
        post: operations["fileEmploymentTrainingPlan"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/subsidies/employment/openings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 招聘中的岗位
         * @description 列出街道、社区或网格内仍在招聘的岗位（报名未截止且尚有名额），截止日期最近的在前，分页返回。
         *
         *     可调用角色：区级管理员（district-admin）、街道工作人员（subdistrict-staff）、社区工作者（community-worker）、网格员（grid-worker）、单位（unit）、居民（resident）。
         */
        get: operations["listJobOpenings"];
        put?: never;
        /**
         * 发布就业岗位
         * @description 辖内单位（或社区代为）发布就业岗位：岗位名称、招聘人数、月工资、所在社区、面向哪些求职人员（流动人口、残疾人、下岗失业人员）和报名截止日期。月工资低于当地最低工资标准或截止日期早于今天的返回 422。
         *
         *     可调用角色：区级管理员（district-admin）、街道工作人员（subdistrict-staff）、社区工作者（community-worker）、网格员（grid-worker）、单位（unit）。
         */
        post: operations["postJobOpening"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/subsidies/employment/openings/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 查看岗位
         * @description 岗位详情，含已安置人数、剩余名额和招聘状态。
         *
         *     可调用角色：区级管理员（district-admin）、街道工作人员（subdistrict-staff）、社区工作者（community-worker）、网格员（grid-worker）、单位（unit）、居民（resident）。
         */
        get: operations["getJobOpening"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/subsidies/employment/openings/{id}/placements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 岗位的安置名单
         * @description 按登记先后列出该岗位安置的求职人员，分页返回。
         *
         *     可调用角色：区级管理员（district-admin）、街道工作人员（subdistrict-staff）、社区工作者（community-worker）、网格员（grid-worker）。
         */
        get: operations["listJobPlacements"];
        put?: never;
        /**
         * 登记岗位安置
         * @description 工作人员登记一名求职人员被该岗位录用：人员编号、类别（须为岗位面向的人群）和到岗日期。名额已满的岗位返回 409；名额计数与安置记录在同一事务中写入，多人同时登记也不会超员。同一人在同一岗位只登记一次。
         *
         *     可调用角色：区级管理员（district-admin）、街道工作人员（subdistrict-staff）、社区工作者（community-worker）、网格员（grid-worker）。
         */
        post: operations["registerJobPlacement"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/volunteering/teams": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 志愿服务队列表
         * @description 列出社区的志愿服务队，可按类型筛选。
         *
         *     可调用角色：区级管理员（district-admin）、街道工作人员（subdistrict-staff）、社区工作者（community-worker）、网格员（grid-worker）。
         */
        get: operations["listTeams"];
        put?: never;
        /**
         * 成立志愿服务队
         * @description 在社区成立一支志愿服务队（党员巡逻队、青年、老年、巾帼、科普、文化）或先锋小分队；先锋小分队须指定负责的楼栋（最多 7 栋），一栋楼只能由一支小分队负责。队长须为本社区已审核的志愿者。
         *
         *     可调用角色：区级管理员（district-admin）、街道工作人员（subdistrict-staff）、社区工作者（community-worker）、网格员（grid-worker）。
         */
        post: operations["createTeam"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/volunteering/teams/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 队伍详情
         * @description 队伍及其成员，队长标出。
         *
         *     可调用角色：区级管理员（district-admin）、街道工作人员（subdistrict-staff）、社区工作者（community-worker）、网格员（grid-worker）。
         */
        get: operations["getTeam"];
        /**
         * 修改队伍
         * @description 修改队名、简介、队长，先锋小分队可调整负责楼栋。须带读取时的 version。
         *
         *     可调用角色：区级管理员（district-admin）、街道工作人员（subdistrict-staff）、社区工作者（community-worker）、网格员（grid-worker）。
         */
        put: operations["updateTeam"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/volunteering/teams/{id}/members/{volunteerId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * 志愿者入队
         * @description 把本社区已审核的志愿者加入队伍；已在队中时原样返回。
         *
         *     可调用角色：区级管理员（district-admin）、街道工作人员（subdistrict-staff）、社区工作者（community-worker）、网格员（grid-worker）。
         */
        put: operations["addTeamMember"];
        post?: never;
        /**
         * 志愿者离队
         * @description 把志愿者移出队伍；担任队长的须先在队伍中卸任。
         *
         *     可调用角色：区级管理员（district-admin）、街道工作人员（subdistrict-staff）、社区工作者（community-worker）、网格员（grid-worker）。
         */
        delete: operations["removeTeamMember"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/volunteering/party-posts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 党员岗位列表
         * @description 社区设立的党员岗位及在岗党员、职责。
         *
         *     可调用角色：区级管理员（district-admin）、街道工作人员（subdistrict-staff）、社区工作者（community-worker）、网格员（grid-worker）。
         */
        get: operations["listPartyPosts"];
        put?: never;
        /**
         * 设岗定责
         * @description 为在职或社区党员设立服务岗位：岗位名称、在岗党员（须为本社区登记在册的人员）和岗位职责。
         *
         *     可调用角色：区级管理员（district-admin）、街道工作人员（subdistrict-staff）、社区工作者（community-worker）、网格员（grid-worker）。
         */
        post: operations["createPartyPost"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/volunteering/party-posts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * 调整党员岗位
         * @description 修改岗位名称、职责或更换在岗党员。须带读取时的 version。
         *
         *     可调用角色：区级管理员（district-admin）、街道工作人员（subdistrict-staff）、社区工作者（community-worker）、网格员（grid-worker）。
         */
        put: operations["updatePartyPost"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/volunteering/volunteers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 志愿者名册
         * @description 社区的志愿者，可按状态筛选（待审核的按注册先后列出），可按技能筛选。
         *
         *     可调用角色：区级管理员（district-admin）、街道工作人员（subdistrict-staff）、社区工作者（community-worker）、网格员（grid-worker）。
         */
        get: operations["listVolunteers"];
        put?: never;
        /**
         * 志愿者注册
         * @description 居民本人注册为志愿者（按登录身份关联户籍人员，待社区审核）；社区工作人员可直接登记（personId 为登记在册的人员，或无登记时填姓名和社区），登记即审核通过。每人只能有一份志愿者档案。
         *
         *     可调用角色：区级管理员（district-admin）、街道工作人员（subdistrict-staff）、社区工作者（community-worker）、网格员（grid-worker）、居民（resident）、志愿者（volunteer）。
         */
        post: operations["registerVolunteer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/volunteering/volunteers/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 我的志愿者档案
         * @description 当前登录居民的志愿者档案及所在队伍。
         *
         *     可调用角色：居民（resident）、志愿者（volunteer）。
         */
        get: operations["getMyVolunteer"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/volunteering/volunteers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 志愿者档案
         * @description 一名志愿者的档案及所在队伍；本人或管辖社区的工作人员可查看。
         *
         *     可调用角色：区级管理员（district-admin）、街道工作人员（subdistrict-staff）、社区工作者（community-worker）、网格员（grid-worker）、居民（resident）、志愿者（volunteer）。
         */
        get: operations["getVolunteer"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/volunteering/volunteers/{id}/profile": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * 更新技能和服务时间
         * @description 更新调查得来的技能特长和可服务时间；本人或工作人员可改。须带读取时的 version。
         *
         *     可调用角色：区级管理员（district-admin）、街道工作人员（subdistrict-staff）、社区工作者（community-worker）、网格员（grid-worker）、居民（resident）、志愿者（volunteer）。
         */
        put: operations["updateVolunteerProfile"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/volunteering/volunteers/{id}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 审核志愿者注册
         * @description 社区审核居民的志愿者注册：通过或驳回（驳回须说明理由），每份注册只审核一次。
         *
         *     可调用角色：区级管理员（district-admin）、街道工作人员（subdistrict-staff）、社区工作者（community-worker）、网格员（grid-worker）。
         */
        post: operations["decideVolunteer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/volunteering/activities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 活动列表
         * @description 某社区的活动，按活动日从早到晚，可按日期范围和类型筛选，分页返回。
         *
         *     可调用角色：所有已登录角色。
         */
        get: operations["listActivities"];
        put?: never;
        /**
         * 发布活动
         * @description 发布一项社区活动：特色课程、讲座、义诊（每周四上午）、健康体检、四点半课堂、文化活动、技能培训（电工、物业管理、养老护理员、育婴员）或免费早教（0–36 月龄，每人 3 次）。由共建单位提供的活动计入该单位的季度课程承诺。
         *
         *     可调用角色：区级管理员（district-admin）、街道工作人员（subdistrict-staff）、社区工作者（community-worker）、网格员（grid-worker）。
         */
        post: operations["createActivity"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/volunteering/activities/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 活动详情
         * @description 活动的时间、地点、名额、剩余名额和候补人数，以及活动记录。
         *
         *     可调用角色：所有已登录角色。
         */
        get: operations["getActivity"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/volunteering/activities/{id}/sign-ups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 报名和签到名单
         * @description 活动的全部报名（含候补顺位、签到签退时间）和服务志愿者的签到签退及记入时长。
         *
         *     可调用角色：区级管理员（district-admin）、街道工作人员（subdistrict-staff）、社区工作者（community-worker）、网格员（grid-worker）。
         */
        get: operations["listActivitySignUps"];
        put?: never;
        /**
         * 活动报名
         * @description 为一名居民（受益人）报名：有名额即确认，满员则进入候补，有人取消时按报名先后自动递补。居民可为本人或自己的孩子报名（亲子关系不在本服务登记，按家长申报受理）。早教活动仅限活动日 0–36 月龄的儿童，每名儿童免费 3 次，超出即拒绝并说明原因。
         *
         *     可调用角色：区级管理员（district-admin）、街道工作人员（subdistrict-staff）、社区工作者（community-worker）、网格员（grid-worker）、志愿者（volunteer）、居民（resident）。
         */
        post: operations["signUpForActivity"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/volunteering/activities/{id}/sign-ups/{personId}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 取消报名
         * @description 取消报名或候补。取消已确认的名额时，名额在同一事务中自动递补给候补第一位；已签到的不能取消。
         *
         *     可调用角色：区级管理员（district-admin）、街道工作人员（subdistrict-staff）、社区工作者（community-worker）、网格员（grid-worker）、志愿者（volunteer）、居民（resident）。
         */
        post: operations["cancelActivitySignUp"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/volunteering/activities/{id}/check-ins": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 活动签到
         * @description 工作人员为已获名额的参加者或服务的志愿者签到。重复签到返回第一次的记录。
         *
         *     可调用角色：区级管理员（district-admin）、街道工作人员（subdistrict-staff）、社区工作者（community-worker）、网格员（grid-worker）。
         */
        post: operations["checkInToActivity"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/volunteering/activities/{id}/check-outs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 活动签退
         * @description 工作人员为参加者或志愿者签退。志愿者签退时按签退减签到时间（按半小时四舍五入）记入服务时长，只记一次；重复签退不重复记入。
         *
         *     可调用角色：区级管理员（district-admin）、街道工作人员（subdistrict-staff）、社区工作者（community-worker）、网格员（grid-worker）。
         */
        post: operations["checkOutOfActivity"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/volunteering/activities/{id}/photo-uploads": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 申请上传活动照片
         * @description 返回一个 15 分钟内有效的上传地址：用 PUT 上传照片（类型和大小须与申请一致），再把 objectKey 填入活动记录。
         *
         *     可调用角色：区级管理员（district-admin）、街道工作人员（subdistrict-staff）、社区工作者（community-worker）、网格员（grid-worker）。
         */
        post: operations["createActivityPhotoUpload"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/volunteering/activities/{id}/record": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * 填写活动记录
         * @description 为已举办的活动填写文字记录并附照片（objectKey 来自“申请上传活动照片”）。文化活动须有文字和至少一张照片才计入示范点每年不少于 4 场的要求。修改已有记录时带上读取到的 version。
         *
         *     可调用角色：区级管理员（district-admin）、街道工作人员（subdistrict-staff）、社区工作者（community-worker）、网格员（grid-worker）。
         */
        put: operations["recordActivity"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/volunteering/persons/{personId}/sign-ups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 个人报名记录
         * @description 一名居民（或孩子）的活动报名，活动日从近到远。居民可查本人及自己为之报名的孩子。
         *
         *     可调用角色：区级管理员（district-admin）、街道工作人员（subdistrict-staff）、社区工作者（community-worker）、网格员（grid-worker）、志愿者（volunteer）、居民（resident）。
         */
        get: operations["listPersonSignUps"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/volunteering/units/{unitId}/commitments/{year}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 共建单位课程承诺落实情况
         * @description 按季度列出承诺课程数和已举办的该单位活动数：met 已完成，missed 季度已过未完成，in-progress 本季度进行中，upcoming 尚未开始。
         *
         *     可调用角色：区级管理员（district-admin）、街道工作人员（subdistrict-staff）、社区工作者（community-worker）、网格员（grid-worker）、单位（unit）。
         */
        get: operations["getUnitCommitmentReport"];
        /**
         * 设定共建单位课程承诺
         * @description 共建单位每季度承诺提供的课程数（如每季度一门特色课程）。首次设定不带 version，调整时带读取到的 version。
         *
         *     可调用角色：区级管理员（district-admin）、街道工作人员（subdistrict-staff）、社区工作者（community-worker）、网格员（grid-worker）。
         */
        put: operations["setUnitCommitment"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/volunteering/reports/cultural-events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 示范点文化活动达标情况
         * @description 某社区（示范点）某年已举办并有文字和照片记录的文化活动数，对照每年不少于 4 场的要求显示是否达标。
         *
         *     可调用角色：区级管理员（district-admin）、街道工作人员（subdistrict-staff）、社区工作者（community-worker）、网格员（grid-worker）。
         */
        get: operations["getCulturalEventReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/volunteering/volunteers/{id}/hours": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 志愿者服务时长
         * @description 一名志愿者某年度的时长记录（含待审核和驳回的）、按月合计和全年合计；合计只计已确认的时长。
         *
         *     可调用角色：区级管理员（district-admin）、街道工作人员（subdistrict-staff）、社区工作者（community-worker）、网格员（grid-worker）、居民（resident）、志愿者（volunteer）。
         */
        get: operations["listVolunteerHours"];
        put?: never;
        /**
         * 登记服务时长
         * @description 已审核的志愿者登记本人的服务时长（日期、时长 0.5–12 小时、服务内容），由所在队伍的队长或社区工作人员审核后计入。
         *
         *     可调用角色：居民（resident）、志愿者（volunteer）。
         */
        post: operations["logHours"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/volunteering/volunteers/{id}/hours/{entryId}/review": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 审核服务时长
         * @description 志愿者所在队伍的队长或社区工作人员确认或驳回本人登记的时长，每条只审核一次；队长不能审核自己的时长。
         *
         *     可调用角色：区级管理员（district-admin）、街道工作人员（subdistrict-staff）、社区工作者（community-worker）、网格员（grid-worker）、居民（resident）、志愿者（volunteer）。
         */
        post: operations["reviewHours"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/volunteering/volunteers/{id}/hours/certificate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 打印服务时长证明
         * @description 一名志愿者某年度已确认服务时长的证明（A4 网页，可直接打印盖章）。
         *
         *     可调用角色：区级管理员（district-admin）、街道工作人员（subdistrict-staff）、社区工作者（community-worker）、网格员（grid-worker）、居民（resident）、志愿者（volunteer）。
         */
        get: operations["printHoursCertificate"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/volunteering/teams/{id}/hours": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 队伍月度服务时长
         * @description 队伍成员某月的时长：每人合计（已确认）、队伍合计，以及待审核的记录供队长审核。队长或工作人员可查看。
         *
         *     可调用角色：区级管理员（district-admin）、街道工作人员（subdistrict-staff）、社区工作者（community-worker）、网格员（grid-worker）、居民（resident）、志愿者（volunteer）。
         */
        get: operations["getTeamHours"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/volunteering/hours": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 社区月度服务时长
         * @description 社区某月已确认的服务时长：总计、按来源（活动签到、本人登记）、按队伍和按志愿者，以及待审核的记录。
         *
         *     可调用角色：区级管理员（district-admin）、街道工作人员（subdistrict-staff）、社区工作者（community-worker）、网格员（grid-worker）。
         */
        get: operations["getCommunityHours"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/volunteering/pairings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 结对帮扶列表
         * @description 社区的结对帮扶，按下次应走访日期从早到晚，逾期未走访的标出。
         *
         *     可调用角色：区级管理员（district-admin）、街道工作人员（subdistrict-staff）、社区工作者（community-worker）、网格员（grid-worker）。
         */
        get: operations["listPairings"];
        put?: never;
        /**
         * 建立结对帮扶
         * @description 为困难家庭结对 1 名（一帮一）或 2 名（二帮一）帮扶人：社区工作者（用户编号和姓名）、党员（人员编号）或志愿者（志愿者编号，须已审核），约定走访周期，首次走访在 startOn。每户同时只有一个结对。
         *
         *     可调用角色：区级管理员（district-admin）、街道工作人员（subdistrict-staff）、社区工作者（community-worker）、网格员（grid-worker）。
         */
        post: operations["createPairing"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/volunteering/pairings/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 结对详情
         * @description 结对及其走访记录（从新到旧）；工作人员或帮扶人本人可查看。
         *
         *     可调用角色：区级管理员（district-admin）、街道工作人员（subdistrict-staff）、社区工作者（community-worker）、网格员（grid-worker）、居民（resident）、志愿者（volunteer）。
         */
        get: operations["getPairing"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/volunteering/pairings/{id}/visits": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 记录帮扶走访
         * @description 记录一次帮扶走访，下次应走访日期随之顺延。帮扶人本人记录时即为走访人；工作人员记录时须指明是哪位帮扶人走访的。
         *
         *     可调用角色：区级管理员（district-admin）、街道工作人员（subdistrict-staff）、社区工作者（community-worker）、网格员（grid-worker）、居民（resident）、志愿者（volunteer）。
         */
        post: operations["logPairingVisit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/volunteering/pairings/{id}/end": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 结束结对
         * @description 结束结对帮扶（如已脱困、迁出），须说明理由；结束后该户可重新结对。
         *
         *     可调用角色：区级管理员（district-admin）、街道工作人员（subdistrict-staff）、社区工作者（community-worker）、网格员（grid-worker）。
         */
        post: operations["endPairing"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/volunteering/wishes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 心愿池
         * @description 某社区的微心愿，按发布先后排列，可按状态筛选（筛选在读取后进行，一页可能少于 limit 条）。
         *
         *     可调用角色：所有已登录角色。
         */
        get: operations["listMicroWishes"];
        put?: never;
        /**
         * 发布微心愿
         * @description 社区工作人员为辖区内未满 18 周岁的儿童发布一个微心愿，注明内容和截止日期，发布后进入心愿池等待认领。
         *
         *     可调用角色：区级管理员（district-admin）、街道工作人员（subdistrict-staff）、社区工作者（community-worker）、网格员（grid-worker）。
         */
        post: operations["postMicroWish"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/volunteering/wishes/{wishId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 心愿详情
         * @description 可调用角色：所有已登录角色。
         */
        get: operations["getMicroWish"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/volunteering/wishes/{wishId}/claim": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 认领微心愿
         * @description 志愿者或爱心人士认领一个心愿，须在 14 天内实现，逾期未实现的心愿自动回到心愿池。
         *
         *     可调用角色：志愿者（volunteer）、居民（resident）、单位（unit）。
         */
        post: operations["claimMicroWish"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/volunteering/wishes/{wishId}/photo-uploads": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 获取心愿实现照片上传地址
         * @description 认领人或工作人员为心愿实现的照片获取 15 分钟有效的上传地址；上传后在登记实现时填写返回的 key。
         *
         *     可调用角色：所有已登录角色。
         */
        post: operations["createMicroWishPhotoUpload"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/volunteering/wishes/{wishId}/photo": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 心愿实现照片
         * @description 已实现心愿的证明照片本身（JPEG、PNG 或 WebP）。
         *
         *     可调用角色：所有已登录角色。
         */
        get: operations["getMicroWishPhoto"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/volunteering/wishes/{wishId}/fulfil": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 登记心愿实现
         * @description 认领人或工作人员登记心愿已实现，附照片为证。认领已到期的须重新认领。
         *
         *     可调用角色：所有已登录角色。
         */
        post: operations["fulfilMicroWish"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/volunteering/wishes/{wishId}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 撤回微心愿
         * @description 工作人员撤回尚未实现的心愿（如儿童已迁出、需求已另行解决）。
         *
         *     可调用角色：区级管理员（district-admin）、街道工作人员（subdistrict-staff）、社区工作者（community-worker）、网格员（grid-worker）。
         */
        post: operations["cancelMicroWish"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/volunteering/sharing/photo-uploads": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 获取捐赠物品照片上传地址
         * @description 为某社区共享驿站的捐赠物品照片签发 15 分钟有效的上传地址；上传后把返回的 key 填入登记捐赠的 photos。
         *
         *     可调用角色：区级管理员（district-admin）、街道工作人员（subdistrict-staff）、社区工作者（community-worker）、网格员（grid-worker）。
         */
        post: operations["createSharedItemPhotoUpload"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/volunteering/sharing/items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 共享驿站物品目录
         * @description 某社区共享驿站的物品，按登记先后排列，可按类别、成色和状态筛选；按状态筛选时一页可能少于 limit 条。
         *
         *     可调用角色：所有已登录角色。
         */
        get: operations["listSharedItems"];
        put?: never;
        /**
         * 登记捐赠物品
         * @description 共享驿站登记一件居民或单位捐赠的闲置物品：名称、类别、成色和照片，登记后即可在目录中借用。
         *
         *     可调用角色：区级管理员（district-admin）、街道工作人员（subdistrict-staff）、社区工作者（community-worker）、网格员（grid-worker）。
         */
        post: operations["recordSharedItem"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/volunteering/sharing/items/{itemId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 物品详情
         * @description 可调用角色：所有已登录角色。
         */
        get: operations["getSharedItem"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/volunteering/sharing/items/{itemId}/photos/{index}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 物品照片
         * @description 捐赠物品的第 index 张照片（从 0 起）的图片本身（JPEG、PNG 或 WebP）。
         *
         *     可调用角色：所有已登录角色。
         */
        get: operations["getSharedItemPhoto"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/volunteering/sharing/items/{itemId}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 物品下架
         * @description 损坏、遗失或转赠的物品下架，不再出借；借出中的物品须先归还。
         *
         *     可调用角色：区级管理员（district-admin）、街道工作人员（subdistrict-staff）、社区工作者（community-worker）、网格员（grid-worker）。
         */
        post: operations["withdrawSharedItem"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/volunteering/sharing/items/{itemId}/hold": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 预约物品
         * @description 为居民预约一件可借的物品，保留 3 天，到期未借自动释放。有逾期未还物品的居民不能预约。
         *
         *     可调用角色：区级管理员（district-admin）、街道工作人员（subdistrict-staff）、社区工作者（community-worker）、网格员（grid-worker）、居民（resident）。
         */
        post: operations["holdSharedItem"];
        /**
         * 取消预约
         * @description 预约人本人或工作人员取消物品的预约，物品恢复可借。
         *
         *     可调用角色：区级管理员（district-admin）、街道工作人员（subdistrict-staff）、社区工作者（community-worker）、网格员（grid-worker）、居民（resident）。
         */
        delete: operations["cancelSharedItemHold"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/volunteering/sharing/items/{itemId}/loans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 借用物品
         * @description 借出一件可借的（或本人预约的）物品，默认借期 14 天。有逾期未还物品的居民不能再借。两人同时借同一件物品时只有一人成功，另一人得到 409。
         *
         *     可调用角色：区级管理员（district-admin）、街道工作人员（subdistrict-staff）、社区工作者（community-worker）、网格员（grid-worker）、居民（resident）。
         */
        post: operations["borrowSharedItem"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/volunteering/sharing/loans/{loanId}/renew": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 续借
         * @description 借用人本人或工作人员续借一次，应还日期顺延 14 天；已逾期的不能续借。
         *
         *     可调用角色：区级管理员（district-admin）、街道工作人员（subdistrict-staff）、社区工作者（community-worker）、网格员（grid-worker）、居民（resident）。
         */
        post: operations["renewSharedLoan"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/volunteering/sharing/loans/{loanId}/return": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 归还物品
         * @description 工作人员收回借出的物品并记录成色；逾期归还的记录逾期天数。物品随即恢复可借，借用人的借用限制随之解除。
         *
         *     可调用角色：区级管理员（district-admin）、街道工作人员（subdistrict-staff）、社区工作者（community-worker）、网格员（grid-worker）。
         */
        post: operations["returnSharedLoan"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/volunteering/sharing/loans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 借用记录
         * @description 一名居民的借用记录：未还的在前（应还日期晚的在前），已还的在后（最近借的在前）。居民只能查看本人的记录。工作人员不指定居民而指定 community 时，列出该社区共享驿站全部未还的借用，应还日期早的在前（逾期的最先）。
         *
         *     可调用角色：区级管理员（district-admin）、街道工作人员（subdistrict-staff）、社区工作者（community-worker）、网格员（grid-worker）、居民（resident）。
         */
        get: operations["listSharedLoans"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/volunteering/sharing/plots": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 共享菜园地块
         * @description 某社区的共享菜园地块，按编号排列，可只看空闲的。
         *
         *     可调用角色：所有已登录角色。
         */
        get: operations["listGardenPlots"];
        put?: never;
        /**
         * 设立共享菜园地块
         * @description 社区设立一块共享菜园地块，编号在社区内唯一。
         *
         *     可调用角色：区级管理员（district-admin）、街道工作人员（subdistrict-staff）、社区工作者（community-worker）、网格员（grid-worker）。
         */
        post: operations["defineGardenPlot"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/volunteering/sharing/plots/{plotId}/claim": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 认领菜园地块
         * @description 本社区居民认领一块空闲地块，注明季节或年度；每位居民同时只能认领一块。
         *
         *     可调用角色：区级管理员（district-admin）、街道工作人员（subdistrict-staff）、社区工作者（community-worker）、网格员（grid-worker）、居民（resident）。
         */
        post: operations["claimGardenPlot"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/volunteering/sharing/plots/{plotId}/release": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 退还菜园地块
         * @description 认领人本人或工作人员退还地块，地块恢复空闲，居民可另行认领。
         *
         *     可调用角色：区级管理员（district-admin）、街道工作人员（subdistrict-staff）、社区工作者（community-worker）、网格员（grid-worker）、居民（resident）。
         */
        post: operations["releaseGardenPlot"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 诉求台账
         * @description 工作人员查看某社区的诉求，按登记先后排列，可按状态、类别筛选或只看逾期的（筛选在读取后进行，一页可能少于 limit 条）。
         *
         *     可调用角色：区级管理员（district-admin）、街道工作人员（subdistrict-staff）、社区工作者（community-worker）、网格员（grid-worker）。
         */
        get: operations["listCases"];
        put?: never;
        /**
         * 登记民生诉求
         * @description 居民通过民生信箱提交自己的诉求；工作人员登记来自民生信箱、连心卡、走访日记、接待日和来访的诉求，可代居民登记（填写 personId），匿名来信可只填写所涉地区。同一居民同类事项尚未办结的诉求会被标记为疑似重复。
         *
         *     可调用角色：区级管理员（district-admin）、街道工作人员（subdistrict-staff）、社区工作者（community-worker）、网格员（grid-worker）、居民（resident）。
         */
        post: operations["fileCase"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/mine": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 我的诉求
         * @description 居民查看自己提交或由社区代为登记的诉求及办理进度。
         *
         *     可调用角色：居民（resident）。
         */
        get: operations["listMyCases"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/categories": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 诉求类别及办理时限
         * @description 可调用角色：所有已登录角色。
         */
        get: operations["listCaseCategories"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/categories/{category}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * 设定类别办理时限
         * @description 区管理员设定本区某类诉求受理后办结的工作日数，此后受理的诉求按新时限计。
         *
         *     可调用角色：区级管理员（district-admin）。
         */
        put: operations["setCaseCategoryDeadline"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/topics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 议题归并
         * @description 某社区计入下一个（或指定）议事日的诉求事项归并情况；同一事项反映 3 件及以上即列入议事日议程。
         *
         *     可调用角色：区级管理员（district-admin）、街道工作人员（subdistrict-staff）、社区工作者（community-worker）、网格员（grid-worker）。
         */
        get: operations["listCaseTopics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/compliance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 按期办结率
         * @description 某街道或社区在某月到期的诉求中按期办结、逾期办结和逾期未办结的件数，按社区和类别分列。
         *
         *     可调用角色：区级管理员（district-admin）、街道工作人员（subdistrict-staff）、社区工作者（community-worker）、网格员（grid-worker）。
         */
        get: operations["getCaseCompliance"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/items/{caseId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 诉求详情
         * @description 工作人员（辖区内）或诉求人本人查看诉求及其办理经过。
         *
         *     可调用角色：所有已登录角色。
         */
        get: operations["getCase"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/items/{caseId}/commands": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 办理诉求
         * @description 推动诉求走完民生流水线：accept 受理并限期办理（按工作日计，节假日顺延），transfer 转办（须说明原因），handle 办结，publish 在社区公示栏公示办理结果，follow-up 回访（不满意则重新办理），refer 转交其他单位，decline 不予受理，withdraw 撤回（诉求人本人也可撤回）。须带上当前版本号，并发修改返回 409。
         *
         *     可调用角色：区级管理员（district-admin）、街道工作人员（subdistrict-staff）、社区工作者（community-worker）、网格员（grid-worker）、居民（resident）。
         */
        post: operations["runCaseCommand"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/communities/{community}/representatives": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 居民代表和参加人员
         * @description 社区的居民代表（评议日发放评议卡的对象）和参加五日一周的工作人员；五日一周前一天提醒他们。
         *
         *     可调用角色：区级管理员（district-admin）、街道工作人员（subdistrict-staff）、社区工作者（community-worker）、网格员（grid-worker）。
         */
        get: operations["getRepresentatives"];
        /**
         * 设置居民代表和参加人员
         * @description 整体替换社区的居民代表（最多 100 人，须为人口库中现居本社区的居民）和参加五日一周的工作人员（登录账号，最多 50 人）。首次设置 version 为 0，之后为读取到的版本号，版本不一致返回 409。
         *
         *     可调用角色：区级管理员（district-admin）、街道工作人员（subdistrict-staff）、社区工作者（community-worker）。
         */
        put: operations["setRepresentatives"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/communities/{community}/calendar/{month}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 五日一周日历
         * @description 某社区某月的五日一周：接待日（2 日）、公开日（5 日）、宣传日（15 日）、议事日（28 日）、季末月 30 日的评议日和一个服务周。遇周末或法定节假日按国务院节假日安排（含调休）顺延至下一个工作日。每天附议程（议事日自动列入本月集中反映的诉求）、出席情况和纪要。登录即可查看；出席人员名单和诉求编号仅本社区工作人员可见。
         *
         *     可调用角色：所有已登录角色。
         */
        get: operations["getCivicCalendar"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/communities/{community}/calendar/{month}/days/{kind}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * 填写五日一周某日的议程、出席和纪要
         * @description 填写本月某个日子的议程（整体替换）、出席情况和纪要；未提供的部分保持不变。出席和纪要须在该日当天或之后填写；出席的居民代表须在本社区居民代表名单中。首次填写 version 为 0，之后为读取到的版本号，版本不一致返回 409。
         *
         *     可调用角色：区级管理员（district-admin）、街道工作人员（subdistrict-staff）、社区工作者（community-worker）。
         */
        patch: operations["recordCivicDay"];
        trace?: never;
    };
    "/cases/communities/{community}/calendar/{month}/service-week": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * 调整本月服务周
         * @description 社区按需求问卷把本月服务周改到另一周：须为本月内的星期一，不早于今天；该周的法定节假日不办。已有出席或纪要的服务周不能再调整。首次调整 version 为 0。
         *
         *     可调用角色：区级管理员（district-admin）、街道工作人员（subdistrict-staff）、社区工作者（community-worker）。
         */
        put: operations["setServiceWeek"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/evaluations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 社区的季度评议
         * @description 可调用角色：区级管理员（district-admin）、街道工作人员（subdistrict-staff）、社区工作者（community-worker）、网格员（grid-worker）。
         */
        get: operations["listEvaluations"];
        put?: never;
        /**
         * 创建季度评议
         * @description 社区工作人员为本社区某季度的评议日创建评议：列出被评议的工作人员和评议项目（默认为服务态度、办事效率、工作实绩、廉洁自律），每项按满意、基本满意、不满意评价。评议日为该季度末月 30 日，遇节假日顺延。每个社区每季度一次。
         *
         *     可调用角色：区级管理员（district-admin）、街道工作人员（subdistrict-staff）、社区工作者（community-worker）、网格员（grid-worker）。
         */
        post: operations["createEvaluation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/evaluations/{evaluationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 评议详情
         * @description 可调用角色：区级管理员（district-admin）、街道工作人员（subdistrict-staff）、社区工作者（community-worker）、网格员（grid-worker）。
         */
        get: operations["getEvaluation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/evaluations/{evaluationId}/cards": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 评议卡发放和回收情况
         * @description 工作人员查看每张评议卡的持卡人、编码（用于打印发放）和是否已填写；不显示评分内容。
         *
         *     可调用角色：区级管理员（district-admin）、街道工作人员（subdistrict-staff）、社区工作者（community-worker）、网格员（grid-worker）。
         */
        get: operations["listEvaluationCards"];
        put?: never;
        /**
         * 发放评议卡
         * @description 向本社区每位居民代表发放一张评议卡，每张卡有一个不可猜测的编码。重复发放不会重复发卡：只给新增的居民代表补发。评议结束后不能再发。
         *
         *     可调用角色：区级管理员（district-admin）、街道工作人员（subdistrict-staff）、社区工作者（community-worker）、网格员（grid-worker）。
         */
        post: operations["issueEvaluationCards"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/evaluations/{evaluationId}/results": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 评议结果
         * @description 发卡和答卷数、每位工作人员每项的评价分布和平均分、总体排名和表彰推荐名单。答卷数达到发卡数三分之二的评议有效；有效评议中总体满意率（满意与基本满意合计）不低于 90%、且平均分不低于 80 分（满意 100 分、基本满意 60 分、不满意 0 分）的工作人员推荐表彰。评议结束后结果固定。
         *
         *     可调用角色：区级管理员（district-admin）、街道工作人员（subdistrict-staff）、社区工作者（community-worker）、网格员（grid-worker）。
         */
        get: operations["getEvaluationResults"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/evaluations/{evaluationId}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 结束评议
         * @description 评议日当天或之后结束评议：不再接受评议卡，结果固定并通知表彰和统计。
         *
         *     可调用角色：区级管理员（district-admin）、街道工作人员（subdistrict-staff）、社区工作者（community-worker）、网格员（grid-worker）。
         */
        post: operations["closeEvaluation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/evaluation-cards/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 查看评议卡
         * @description 居民代表凭评议卡编码（无需登录）查看要评议的工作人员和项目，以及能否填写。
         *
         *     公开接口，无需登录。
         */
        get: operations["getEvaluationCard"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/evaluation-cards/{code}/answer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 填写评议卡
         * @description 居民代表凭评议卡编码（无需登录）在评议日当天或之后、评议结束前填写：对每位工作人员的每个项目评满意（satisfied）、基本满意（fair）或不满意（dissatisfied），可附意见建议；纸质卡由工作人员按卡上编码代为录入。每张卡只能填写一次。
         *
         *     公开接口，无需登录。
         */
        post: operations["answerEvaluationCard"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/questionnaires": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 社区的需求问卷
         * @description 某社区的需求问卷，按月份排列；工作人员看到全部，居民只看到已发放和已结束的。
         *
         *     可调用角色：所有已登录角色。
         */
        get: operations["listQuestionnaires"];
        put?: never;
        /**
         * 设计需求问卷
         * @description 社区工作人员为某月服务周设计需求问卷：单选、多选和填空题。创建后为草稿，发放后居民方可填写。
         *
         *     可调用角色：区级管理员（district-admin）、街道工作人员（subdistrict-staff）、社区工作者（community-worker）、网格员（grid-worker）。
         */
        post: operations["createQuestionnaire"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/questionnaires/{questionnaireId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 问卷内容
         * @description 可调用角色：所有已登录角色。
         */
        get: operations["getQuestionnaire"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/questionnaires/{questionnaireId}/open": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 发放需求问卷
         * @description 发放后本社区居民可登录填写，工作人员也可代录纸质问卷；已过去月份的问卷不能发放。
         *
         *     可调用角色：区级管理员（district-admin）、街道工作人员（subdistrict-staff）、社区工作者（community-worker）、网格员（grid-worker）。
         */
        post: operations["openQuestionnaire"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/questionnaires/{questionnaireId}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 结束需求问卷
         * @description 结束后不再接受填写，统计结果随之通知。
         *
         *     可调用角色：区级管理员（district-admin）、街道工作人员（subdistrict-staff）、社区工作者（community-worker）、网格员（grid-worker）。
         */
        post: operations["closeQuestionnaire"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/questionnaires/{questionnaireId}/responses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 填写需求问卷
         * @description 本社区居民登录后填写（每人一份），或工作人员按纸质问卷代为录入（须填写居民的人口库编号）。answers 以题目编号为键：单选填选项编号，多选填选项编号列表，填空填文字。同样的答卷重复提交视为重试，返回原答卷；已填写过再提交不同答卷会被拒绝。
         *
         *     可调用角色：区级管理员（district-admin）、街道工作人员（subdistrict-staff）、社区工作者（community-worker）、网格员（grid-worker）、居民（resident）。
         */
        post: operations["respondToQuestionnaire"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/questionnaires/{questionnaireId}/tally": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 需求问卷统计
         * @description 答卷数、每个选项的选择人数和比例、填空题的全部回答。
         *
         *     可调用角色：区级管理员（district-admin）、街道工作人员（subdistrict-staff）、社区工作者（community-worker）、网格员（grid-worker）。
         */
        get: operations["getQuestionnaireTally"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/notifications/inbox": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 我的消息
         * @description 当前用户（居民、工作人员、志愿者）的站内消息，最新的在前，附未读数；unread=true 只列未读的。
         *
         *     可调用角色：所有已登录角色。
         */
        get: operations["listInbox"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/notifications/inbox/{id}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 标记已读
         * @description 把自己的一条消息标为已读；重复标记不再减少未读数。
         *
         *     可调用角色：所有已登录角色。
         */
        post: operations["markMessageRead"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/notifications/messages/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 消息发送状态
         * @description 一条消息的内容和各渠道（短信、邮件）的发送状态、尝试次数和失败原因。收件人本人和社区以上工作人员可查看。
         *
         *     可调用角色：所有已登录角色。
         */
        get: operations["getMessageStatus"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/notifications/sink": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 本地短信和邮件（开发用）
         * @description 本地平台和测试中短信、邮件不会真正发出，而是记录在这里（手机号打码），每发送一次记一条。部署到 AWS 后经 SNS 和 SES 发送，此处为空。仅区管理员可查看。
         *
         *     可调用角色：区级管理员（district-admin）。
         */
        get: operations["listSentMessages"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/notifications/preferences": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 我的消息设置
         * @description 当前用户的消息设置：各类消息的渠道、免打扰时段和每日上限，并逐类说明消息的含义和实际使用的渠道。从未设置时返回默认设置（version 为 0）：站内信和短信，22:00 至次日 08:00 免打扰，每天最多 10 条。
         *
         *     可调用角色：所有已登录角色。
         */
        get: operations["getPreferences"];
        /**
         * 修改我的消息设置
         * @description 整体替换当前用户的消息设置。站内信始终开启，不能关闭。免打扰时段为上海时间 HH:MM：from 晚于 to 时跨过午夜，早于 to 时在当天之内，两者相同表示不设免打扰；紧急消息不受免打扰和每日上限限制。须提交读取到的 version（从未设置时为 0）；设置已在别处修改时返回 409。
         *
         *     可调用角色：所有已登录角色。
         */
        put: operations["setPreferences"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/notifications/templates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 消息模板
         * @description 本区使用中的全部消息模板：各内置模板（本区保存过的显示本区最新版本）和本区新增的模板，各带当前版本号。
         *
         *     可调用角色：区级管理员（district-admin）、街道工作人员（subdistrict-staff）、社区工作者（community-worker）、网格员（grid-worker）。
         */
        get: operations["listTemplates"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/notifications/templates/{key}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 查看消息模板
         * @description 某模板当前使用的版本，以及全部版本（从新到旧；内置模板的原文为第 0 版）。
         *
         *     可调用角色：区级管理员（district-admin）、街道工作人员（subdistrict-staff）、社区工作者（community-worker）、网格员（grid-worker）。
         */
        get: operations["getTemplate"];
        /**
         * 保存消息模板
         * @description 区管理员保存某模板的新版本（内置模板或本区新增的模板），此后的消息使用新版本，旧版本保留可查。标题和正文中用 {{变量名}} 引用变量：每个占位符都须声明为变量，每个声明的变量都须用到，变量不能重复——缺少变量在保存时就报错，不会在消息里留下空白。内置模板由业务事件触发，只能使用触发时提供的变量（类型一致），消息类型不能更改。须提交读取到的 version（尚无本区版本时为 0）；他人已先保存时返回 409。
         *
         *     可调用角色：区级管理员（district-admin）。
         */
        put: operations["saveTemplate"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/notifications/templates/{key}/versions/{version}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 查看模板的某一版本
         * @description 某模板某一版本的全文；第 0 版为内置模板的原文。已保存的版本不会被修改。
         *
         *     可调用角色：区级管理员（district-admin）、街道工作人员（subdistrict-staff）、社区工作者（community-worker）、网格员（grid-worker）。
         */
        get: operations["getTemplateVersion"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/notifications/templates/{key}/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 预览消息模板
         * @description 用给定的变量值按当前版本生成标题和正文，不发送任何消息。金额以分为单位传数字（123456 显示为 1234.56 元），日期传 YYYY-MM-DD 或 YYYY-MM（显示为 2027年1月8日）。缺少或格式不对的变量逐项报错。
         *
         *     可调用角色：区级管理员（district-admin）、街道工作人员（subdistrict-staff）、社区工作者（community-worker）、网格员（grid-worker）。
         */
        post: operations["previewTemplate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/notifications/broadcasts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 群发记录
         * @description 一个社区的群发，最新的在前。
         *
         *     可调用角色：区级管理员（district-admin）、街道工作人员（subdistrict-staff）、社区工作者（community-worker）。
         */
        get: operations["listBroadcasts"];
        put?: never;
        /**
         * 群发通知
         * @description 向一个社区某一类人员（如全部残疾人、低保对象）或一支志愿服务队（team-<队伍编号>）的全体志愿者群发通知：每人一条站内消息，并按本人设置发短信；非紧急通知遵守免打扰时段。发送在后台进行，可随时查看进度和报告，未发完前可取消。
         *
         *     可调用角色：区级管理员（district-admin）、街道工作人员（subdistrict-staff）、社区工作者（community-worker）。
         */
        post: operations["createBroadcast"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/notifications/broadcasts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 群发进度和报告
         * @description 群发的状态，收到站内消息的人数，短信待发、暂缓、已发、失败、不发送的条数。
         *
         *     可调用角色：区级管理员（district-admin）、街道工作人员（subdistrict-staff）、社区工作者（community-worker）。
         */
        get: operations["getBroadcast"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/notifications/broadcasts/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 取消群发
         * @description 停止尚未完成的群发：不再写入新消息，尚未发出的短信不再发送。已发出的不能撤回。
         *
         *     可调用角色：区级管理员（district-admin）、街道工作人员（subdistrict-staff）、社区工作者（community-worker）。
         */
        post: operations["cancelBroadcast"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/notifications/segments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 群发对象人数
         * @description 一个社区某一类人员当前有多少人，即群发前可知会发给多少人（按户籍登记同步的名单）。
         *
         *     可调用角色：区级管理员（district-admin）、街道工作人员（subdistrict-staff）、社区工作者（community-worker）。
         */
        get: operations["getSegmentSize"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/notifications/notices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 发布公示公告
         * @description 在本辖区的区、街道或社区公示栏发布政策、活动等公告，注明公示期（最长 90 天）。公示栏公开可读，正文不得包含完整的身份证号或手机号。
         *
         *     可调用角色：区级管理员（district-admin）、街道工作人员（subdistrict-staff）、社区工作者（community-worker）。
         */
        post: operations["postNotice"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/notifications/notices/{id}/take-down": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 撤下公告
         * @description 公示期未满时提前撤下工作人员发布的公告，须填写原因；补助公示随审批流程张贴和撤下，不能在此撤下。已撤下的再次撤下不改变记录。
         *
         *     可调用角色：区级管理员（district-admin）、街道工作人员（subdistrict-staff）、社区工作者（community-worker）。
         */
        post: operations["takeDownNotice"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/notifications/board": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 公示栏
         * @description 某地区公示栏上当前正在公示的内容：本地区及其上级（街道、区）发布的公告、补助三榜公示和办理结果，最新的在前。无需登录；个人信息一律打码。
         *
         *     公开接口，无需登录。
         */
        get: operations["getBoard"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/notifications/board/print": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 打印公示
         * @description 公示栏上一份当前公示的可打印页面（A4），个人信息打码，注明公示期和异议受理方式。
         *
         *     公开接口，无需登录。
         */
        get: operations["printBoardNotice"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/statistics/population": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 人口统计
         * @description 某一地区（区、街道、社区或网格）的实时人口：总人口、户籍与流动人口、性别，以及按当日年龄计算的育龄妇女和 60、80 周岁以上老人；并列出下一级各地区的同样数字，可逐级下钻。由登记事件增量维护，不扫描登记表。
         *
         *     可调用角色：区级管理员（district-admin）、街道工作人员（subdistrict-staff）、社区工作者（community-worker）、网格员（grid-worker）。
         */
        get: operations["getPopulation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/statistics/groups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 特殊群体统计
         * @description 某一地区及其下一级各地区的特殊群体人数（残疾人、空巢和独居老人、三留守、低保、特困、失业、军烈属等），三留守人员按村（社区）统计。
         *
         *     可调用角色：区级管理员（district-admin）、街道工作人员（subdistrict-staff）、社区工作者（community-worker）、网格员（grid-worker）。
         */
        get: operations["getGroupStatistics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/statistics/disabled": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 残疾人统计
         * @description 某一地区的残疾人数，按类别和等级交叉统计并给出合计，同时列出下一级各地区的残疾人数。
         *
         *     可调用角色：区级管理员（district-admin）、街道工作人员（subdistrict-staff）、社区工作者（community-worker）、网格员（grid-worker）。
         */
        get: operations["getDisabledStatistics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/statistics/population/ages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 人口年龄结构
         * @description 某一地区按当日年龄十岁一段、分男女的人数（人口金字塔），由出生日期计数得出，不扫描登记表。
         *
         *     可调用角色：区级管理员（district-admin）、街道工作人员（subdistrict-staff）、社区工作者（community-worker）、网格员（grid-worker）。
         */
        get: operations["getAgeStructure"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/statistics/benefits": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 在保补助统计
         * @description 某一地区正在享受的救助补助（审批通过、未暂停或终止）：合计与各项目的户数、人数和月保障金额，并列出下一级各地区的合计，可逐级下钻。由补助服务的状态事件增量维护。
         *
         *     可调用角色：区级管理员（district-admin）、街道工作人员（subdistrict-staff）、社区工作者（community-worker）、网格员（grid-worker）。
         */
        get: operations["getBenefitStatistics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/statistics/figures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 住房困难、优抚对象和三留守统计
         * @description 某一地区的住房困难户（住房困难、廉租房、公租房、危房，按户和人）、军属、烈属、现役军人和军转干部，以及三留守人员（留守儿童、妇女、老人），并按下一级地区（村、社区或网格）逐一列出，可逐级下钻。由登记服务的户和群体事件增量维护。
         *
         *     可调用角色：区级管理员（district-admin）、街道工作人员（subdistrict-staff）、社区工作者（community-worker）、网格员（grid-worker）。
         */
        get: operations["getSpecialFigures"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/statistics/reports/{kind}/{period}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 查看报表
         * @description 某地区某一统计期已编制的报表（存档快照）：各下级地区一行，本地区为合计行。月报每月 1 日自动编制上月报表，民政年报表（civil-affairs-yearly，统计期 YYYY）同时编制当年截至上月的累计，1 月 1 日编成上一年全年；残疾人就业扶贫基地统计表每年 11 月 10 日编制；尚未编制时返回 404。
         *
         *     可调用角色：区级管理员（district-admin）、街道工作人员（subdistrict-staff）、社区工作者（community-worker）、网格员（grid-worker）。
         */
        get: operations["getReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/statistics/reports/{kind}/{period}/compile": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 重新编制报表
         * @description 区、街道工作人员按当前计数即时编制某地区某一统计期的报表（如数据更正后），替换原有存档快照，记录编制人。
         *
         *     可调用角色：区级管理员（district-admin）、街道工作人员（subdistrict-staff）。
         */
        post: operations["compileReport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/statistics/reports/{kind}/compare": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 两期报表对比
         * @description 同一地区同一报表两个统计期的存档快照逐行逐列对比：两期数值及增减（后一期减前一期）；只在一期出现的地区另一期按 0 计。
         *
         *     可调用角色：区级管理员（district-admin）、街道工作人员（subdistrict-staff）、社区工作者（community-worker）、网格员（grid-worker）。
         */
        get: operations["compareReports"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/statistics/reports/{kind}/{period}/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 导出报表
         * @description 把已编制的报表导出为 Excel（xlsx，默认）或 CSV（UTF-8，带 BOM，Excel 可直接打开），版式同机关报表：标题、填报单位、统计时间和计量单位、表头、各下级地区一行、合计行、制表人和制表日期。报表尚未编制时返回 404。
         *
         *     可调用角色：区级管理员（district-admin）、街道工作人员（subdistrict-staff）、社区工作者（community-worker）、网格员（grid-worker）。
         */
        get: operations["exportReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/statistics/reconciliations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 人口计数核对记录
         * @description 登记服务每日清点在册人口后，统计服务与人口计数逐一核对：某地区（含下级地区）发现的偏差、当时的计数与清点数，以及是否已更正，最新在前。
         *
         *     可调用角色：区级管理员（district-admin）、街道工作人员（subdistrict-staff）、社区工作者（community-worker）、网格员（grid-worker）。
         */
        get: operations["listReconciliations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        Activity: {
            id: string;
            kind: components["schemas"]["ActivityKind"];
            kindLabel: string;
            /** @description 该类活动的惯常时间，如义诊每周四上午 */
            usualSlot?: string;
            trade?: components["schemas"]["TrainingTrade"];
            tradeLabel?: string;
            title: string;
            description?: string;
            community: string;
            place: string;
            startsAt: string;
            endsAt: string;
            /** @description 活动日（北京时间） */
            day: string;
            capacity: number;
            /** @description 已确认名额 */
            taken: number;
            /** @description 剩余名额 */
            available: number;
            /** @description 候补人数 */
            waitlisted: number;
            offeredBy?: {
                unitId: string;
                unitName: string;
            };
            /** @description 活动记录（文字和照片） */
            note?: {
                text: string;
                photoKeys: string[];
                recordedAt: string;
                recordedBy: string;
            };
            createdAt: string;
            version: number;
        };
        ActivityAttendance: {
            volunteerId: string;
            name?: string;
            checkedInAt: string;
            checkedOutAt?: string;
            /** @description 记入的服务时长（小时，按半小时取整） */
            hours?: number;
        };
        /**
         * @description 活动类型
         * @enum {string}
         */
        ActivityKind: "feature-course" | "lecture" | "free-clinic" | "health-check" | "after-school-class" | "cultural-event" | "job-training" | "early-education";
        ActivityPage: {
            items: components["schemas"]["Activity"][];
            /** @description 下一页的 cursor；没有下一页时不返回 */
            cursor?: string;
        };
        ActivitySignUp: {
            activityId: string;
            personId: string;
            name: string;
            title: string;
            day: string;
            status: components["schemas"]["ActivitySignUpStatus"];
            /** @description 候补顺位（1 为下一个递补） */
            position?: number;
            /** @description 被移出候补的原因 */
            reason?: string;
            signedUpAt: string;
            confirmedAt?: string;
            cancelledAt?: string;
            checkedInAt?: string;
            checkedOutAt?: string;
        };
        ActivitySignUpPage: {
            items: components["schemas"]["ActivitySignUp"][];
            /** @description 下一页的 cursor；没有下一页时不返回 */
            cursor?: string;
        };
        /**
         * @description 报名状态
         * @enum {string}
         */
        ActivitySignUpStatus: "confirmed" | "waitlisted" | "cancelled";
        AgeStructure: {
            /** @description 地区代码 */
            area: string;
            /** @description 地区名称（网格为其代码） */
            name: string;
            /** @description 年龄按哪一天计算（YYYY-MM-DD，上海时间的今天） */
            asOf: string;
            /** @description 按十岁一段（80 岁及以上合为一段）和性别的人数，年轻在前 */
            bands: {
                /** @description 年龄段代码，如 0-9、80+ */
                band: string;
                /** @description 如“0–9 岁”“80 岁及以上” */
                label: string;
                /** @description 年龄段起始周岁 */
                from: number;
                /** @description 男 */
                male: number;
                /** @description 女 */
                female: number;
            }[];
        };
        /**
         * @description 协议状态
         * @enum {string}
         */
        AgreementStatus: "active" | "expired";
        /**
         * @description 群体
         * @enum {string}
         */
        AnyGroupCode: "disabled" | "empty-nest" | "living-alone" | "solitary-elderly" | "left-behind-child" | "left-behind-woman" | "left-behind-elderly" | "dibao" | "tekun" | "unemployed" | "laid-off" | "military-family" | "martyr-family" | "active-military" | "transferred-officer" | "mental-illness" | "elderly" | "elderly-80" | "women-childbearing-age";
        ArchiveBatch: {
            id: string;
            community: string;
            subdistrict: string;
            month: string;
            /** @constant */
            status: "handed-over";
            certificates: {
                id: string;
                type: components["schemas"]["CertificateType"];
                number: string;
                personName: string;
            }[];
            counts: {
                "reproductive-health": number;
                "only-child": number;
                "migrant-marriage-fertility": number;
            };
            total: number;
            handedOverAt: string;
            handedOverBy: string;
        };
        ArchiveBatchPage: {
            items: components["schemas"]["ArchiveBatch"][];
            /** @description 下一页的 cursor；没有下一页时不返回 */
            cursor?: string;
        };
        Area: {
            code: string;
            name: string;
            /** @description district 区县；subdistrict 街道；community 社区；grid 网格 */
            level: components["schemas"]["AreaLevel"];
            parent?: string;
            children: {
                code: string;
                name: string;
                level: components["schemas"]["AreaLevel"];
            }[];
        };
        /**
         * @description 地区层级
         * @enum {string}
         */
        AreaLevel: "district" | "subdistrict" | "community" | "grid";
        AuditEntry: {
            at: string;
            /** @description create 登记、update 修改、reveal 查看完整号码、move 迁移、move-out 迁出、deceased 死亡登记等 */
            action: string;
            actor: string;
            fields?: string[];
            reason?: string;
        };
        AuditEntryPage: {
            items: components["schemas"]["AuditEntry"][];
            /** @description 下一页的 cursor；没有下一页时不返回 */
            cursor?: string;
        };
        BenefitCounts: {
            /** @description 地区代码 */
            area: string;
            /** @description 地区名称（网格为其代码） */
            name: string;
            /** @description 在保户数（按申请计） */
            households: number;
            /** @description 在保人数 */
            persons: number;
            /** @description 每月保障金额（元，只计按月发放的项目） */
            monthlyYuan: number;
            /** @description 各补助项目在保的户数、人数和月金额（有在保记录的项目） */
            programmes: {
                /** @description 补助项目代码，如 dibao */
                programme: string;
                /** @description 在保户数（按申请计） */
                households: number;
                /** @description 在保人数 */
                persons: number;
                /** @description 每月保障金额（元，只计按月发放的项目） */
                monthlyYuan: number;
            }[];
            /** @description 下一级各地区的在保合计 */
            children: {
                /** @description 地区代码 */
                area: string;
                /** @description 地区名称（网格为其代码） */
                name: string;
                /** @description 在保户数（按申请计） */
                households: number;
                /** @description 在保人数 */
                persons: number;
                /** @description 每月保障金额（元，只计按月发放的项目） */
                monthlyYuan: number;
            }[];
        };
        Broadcast: {
            id: string;
            community: string;
            group: string;
            title: string;
            body: string;
            urgent: boolean;
            /** @description 发送时名单上的人数，即进度的分母 */
            audience?: number;
            status: components["schemas"]["BroadcastStatus"];
            createdBy: string;
            createdAt: string;
            finishedAt?: string;
            cancelledAt?: string;
            /** @description 发送报告 */
            report: {
                /** @description 收到站内消息的人数 */
                recipients: number;
                sms: {
                    queued: number;
                    held: number;
                    sending: number;
                    sent: number;
                    failed: number;
                    suppressed: number;
                };
            };
        };
        BroadcastPage: {
            items: components["schemas"]["Broadcast"][];
            /** @description 下一页的 cursor；没有下一页时不返回 */
            cursor?: string;
        };
        /**
         * @description 群发状态
         * @enum {string}
         */
        BroadcastStatus: "queued" | "sending" | "done" | "cancelled";
        Budget: {
            programme: string;
            programmeName: string;
            year: string;
            totalYuan: number;
            /** @description 已审批补助预计全年支出 */
            reservedYuan: number;
            /** @description 尚可审批的额度 */
            availableYuan: number;
            /** @description 本年度已发放 */
            spentYuan: number;
            /** @description 专款专用的资金来源 */
            earmark?: string;
            byMonth: {
                month: string;
                paidYuan: number;
            }[];
            version: number;
        };
        Building: {
            id: string;
            community: string;
            name: string;
            grid?: string;
            floors?: number;
            households?: number;
            address?: string;
            version: number;
            createdAt: string;
            updatedAt?: string;
        };
        BuildingPage: {
            items: components["schemas"]["Building"][];
            /** @description 下一页的 cursor；没有下一页时不返回 */
            cursor?: string;
        };
        /**
         * @description 殡葬方式
         * @enum {string}
         */
        BurialMethod: "cremation" | "burial" | "other";
        Case: {
            id: string;
            area: string;
            community: string;
            channel: components["schemas"]["CaseChannel"];
            channelLabel: string;
            category: string;
            categoryLabel: string;
            topic: string;
            description: string;
            personId?: string;
            personName?: string;
            /** Format: date */
            filedOn: string;
            status: components["schemas"]["CaseStatus"];
            statusLabel: string;
            /** @description 同一居民同一事项尚未办结的诉求，请核实是否重复 */
            possibleDuplicates: string[];
            level: components["schemas"]["EscalationLevel"];
            /** @description 目前负责督办的层级 */
            levelLabel: string;
            /** Format: date */
            acceptedOn?: string;
            /**
             * Format: date
             * @description 办结期限（含当天）
             */
            dueOn?: string;
            overdue: boolean;
            assignee?: {
                /** @enum {string} */
                kind: "department" | "person";
                name: string;
                /** @description 承办工作人员的登录账号，逾期时通知到本人 */
                subject?: string;
            };
            escalations: {
                level: components["schemas"]["EscalationLevel"];
                /** Format: date */
                on: string;
                /** Format: date */
                overdueSince: string;
                /** Format: date */
                dueOn: string;
            }[];
            outcome?: {
                text: string;
                /** Format: date */
                handledOn: string;
            };
            handledInTime?: boolean;
            publication?: {
                /** Format: date */
                postedFrom: string;
                /** Format: date */
                postedUntil: string;
            };
            followUps: {
                satisfaction: components["schemas"]["CaseSatisfaction"];
                note?: string;
                /** Format: date */
                on: string;
            }[];
            reopenings: number;
            referredTo?: string;
            reason?: string;
            history: {
                at: string;
                by: string;
                action: string;
                from?: components["schemas"]["CaseStatus"];
                to: components["schemas"]["CaseStatus"];
                note?: string;
            }[];
            version: number;
        };
        CaseCategory: {
            code: string;
            label: string;
            /** @description 受理后办结的工作日数 */
            deadlineDays: number;
            /** @description 是否为本区设定（否则为默认时限） */
            customised: boolean;
        };
        /**
         * @description 诉求类别
         * @enum {string}
         */
        CaseCategoryCode: "security" | "policy" | "environment" | "assistance" | "neighbourhood" | "facilities" | "property" | "other";
        /**
         * @description 来源渠道
         * @enum {string}
         */
        CaseChannel: "mailbox" | "contact-card" | "visit-diary" | "reception-day" | "walk-in";
        CasePage: {
            items: components["schemas"]["Case"][];
            /** @description 下一页的 cursor；没有下一页时不返回 */
            cursor?: string;
        };
        /**
         * @description 满意度
         * @enum {string}
         */
        CaseSatisfaction: "satisfied" | "basically-satisfied" | "dissatisfied";
        /**
         * @description 状态
         * @enum {string}
         */
        CaseStatus: "received" | "accepted" | "handled" | "published" | "closed" | "referred" | "declined" | "withdrawn";
        CaseTopic: {
            topicId: string;
            category: string;
            categoryLabel: string;
            topic: string;
            caseCount: number;
            caseIds: string[];
            /** @description 同一事项达到一定件数即列入议事日议程 */
            onAgenda: boolean;
        };
        Certificate: {
            id: string;
            personId: string;
            personName: string;
            area: string;
            type: components["schemas"]["CertificateType"];
            /** @description 证件中文名称 */
            typeLabel: string;
            status: components["schemas"]["CertificateStatus"];
            details?: {
                discountPercent?: number;
                note?: string;
            };
            /** @description 签发后的证件编号，如 350203006029-2026-LNYD-0001（社区-年份-类型-序号） */
            number?: string;
            appliedAt: string;
            appliedBy: string;
            issuedAt?: string;
            issuedBy?: string;
            revokedAt?: string;
            revokedBy?: string;
            revokeReason?: string;
            version: number;
        };
        CertificatePage: {
            items: components["schemas"]["Certificate"][];
            /** @description 下一页的 cursor；没有下一页时不返回 */
            cursor?: string;
        };
        /**
         * @description 证照状态
         * @enum {string}
         */
        CertificateStatus: "applied" | "issued" | "revoked";
        /**
         * @description 证照类型
         * @enum {string}
         */
        CertificateType: "reproductive-health" | "only-child" | "migrant-marriage-fertility" | "senior-preferential" | "disabled-free-bus" | "long-term-medication" | "all-in-one" | "rose" | "warm" | "clarity";
        CivicCalendar: {
            community: string;
            month: string;
            /** @description false：该年国务院节假日安排尚未收录，只按周末顺延 */
            officialCalendarKnown: boolean;
            note?: string;
            serviceWeek: {
                /** Format: date */
                start: string;
                /** @description true：社区自行调整过本月服务周 */
                custom: boolean;
                /** @description 本月设置的版本号，0 表示未调整 */
                version: number;
            };
            days: {
                /** @enum {string} */
                kind: "reception" | "disclosure" | "publicity" | "deliberation" | "evaluation" | "service-week";
                name: string;
                what: string;
                /**
                 * Format: date
                 * @description 规定的日子（服务周为其星期一）
                 */
                nominal: string;
                /**
                 * Format: date
                 * @description 实际举行的工作日
                 */
                date: string;
                /** @description 服务周的各个工作日 */
                days?: string[];
                /** @description 顺延的原因 */
                movedBecause?: string;
                agenda: {
                    text: string;
                    /**
                     * @description worker：工作人员列入；recurring-topic：本月集中反映的诉求（议事日自动列入）
                     * @enum {string}
                     */
                    source: "worker" | "recurring-topic";
                    topicId?: string;
                    caseCount?: number;
                    /** @description 仅本社区工作人员可见 */
                    caseIds?: string[];
                }[];
                attendance?: {
                    representativesPresent: number;
                    representativesTotal: number;
                    /** @description 仅本社区工作人员可见 */
                    representatives?: {
                        personId: string;
                        name: string;
                    }[];
                    /** @description 仅本社区工作人员可见 */
                    staff?: string[];
                    otherResidents: number;
                    recordedAt: string;
                };
                minutes?: {
                    text: string;
                    recordedAt: string;
                };
                /** @description 该日记录的版本号，0 表示尚无记录 */
                version: number;
            }[];
        };
        CoBuildingAgreement: {
            id: string;
            unitId: string;
            signedOn: string;
            validUntil: string;
            /** @description 按今天（北京时间）计算：active 有效；expired 已到期 */
            status: components["schemas"]["AgreementStatus"];
            commitments: {
                /** @description 每年提供的就业岗位数 */
                jobOpenings?: number;
                /** @description 每季度开设的特色课程数 */
                featureCoursesPerQuarter?: number;
                /** @description 向社区开放的场地 */
                venues?: string[];
            };
            createdAt: string;
        };
        CoBuildingAgreementPage: {
            items: components["schemas"]["CoBuildingAgreement"][];
            /** @description 下一页的 cursor；没有下一页时不返回 */
            cursor?: string;
        };
        DeathRecord: {
            personId: string;
            name: string;
            /** @description 脱敏 */
            citizenId: string;
            sex: components["schemas"]["Sex"];
            birthDate: string;
            ageAtDeath: number;
            residence: components["schemas"]["ResidenceStatus"];
            area: string;
            dateOfDeath: string;
            placeOfDeath?: string;
            cause?: string;
            burial?: {
                method: components["schemas"]["BurialMethod"];
                place?: string;
                date?: string;
            };
            recordedAt: string;
            recordedBy: string;
        };
        DeathRecordPage: {
            items: components["schemas"]["DeathRecord"][];
            /** @description 下一页的 cursor；没有下一页时不返回 */
            cursor?: string;
        };
        /**
         * @description 发送状态
         * @enum {string}
         */
        DeliveryStatus: "queued" | "held" | "sending" | "sent" | "failed" | "suppressed";
        /** @enum {string} */
        DisabilityCategory: "visual" | "hearing" | "speech" | "limb" | "intellectual" | "mental" | "multiple";
        DisabledCounts: {
            /** @description 地区代码 */
            area: string;
            /** @description 地区名称（网格为其代码） */
            name: string;
            /** @description 残疾人合计 */
            total: number;
            /** @description 按残疾类别（visual、hearing、speech、limb、intellectual、mental、multiple） */
            byCategory: {
                [key: string]: number;
            };
            /** @description 按残疾等级（1–4，一级最重） */
            byGrade: {
                [key: string]: number;
            };
            /** @description 类别 × 等级交叉表，每行一个类别 */
            categories: {
                category: string;
                label: string;
                total: number;
                byGrade: {
                    [key: string]: number;
                };
            }[];
            /** @description 下一级各地区的残疾人数 */
            children: {
                /** @description 地区代码 */
                area: string;
                /** @description 地区名称（网格为其代码） */
                name: string;
                /** @description 残疾人合计 */
                total: number;
                /** @description 按残疾类别（visual、hearing、speech、limb、intellectual、mental、multiple） */
                byCategory: {
                    [key: string]: number;
                };
                /** @description 按残疾等级（1–4，一级最重） */
                byGrade: {
                    [key: string]: number;
                };
            }[];
        };
        Donation: {
            id: string;
            driveId: string;
            area: string;
            kind: components["schemas"]["DonationKind"];
            source?: components["schemas"]["DonationSource"];
            sourceLabel?: string;
            amountFen?: number;
            /** @description 元，两位小数 */
            amount?: string;
            item?: string;
            quantity?: number;
            unit?: string;
            donorName?: string;
            /** @description 未留姓名的捐赠 */
            anonymous: boolean;
            /** Format: date */
            receivedOn: string;
            note?: string;
            recordedAt: string;
            recordedBy: string;
        };
        DonationDrive: {
            id: string;
            area: string;
            name: string;
            purpose: string;
            /** @description 专款用途 */
            earmark?: string;
            /** Format: date */
            startsOn: string;
            /** Format: date */
            endsOn: string;
            /** @description open 进行中，可登记捐赠；closed 已结束 */
            status: components["schemas"]["DonationDriveStatus"];
            totals: {
                /** @description 善款合计（分） */
                moneyFen: number;
                /** @description 善款合计（元），如 "27763.00" */
                money: string;
                /** @description 按来源分列的善款，四类来源都列出 */
                bySource: {
                    source: components["schemas"]["DonationSource"];
                    label: string;
                    amountFen: number;
                    /** @description 元，两位小数 */
                    amount: string;
                }[];
                /** @description 按物品和计量单位合计的物资 */
                goods: {
                    item: string;
                    unit: string;
                    quantity: number;
                }[];
                /** @description 捐赠笔数（善款和物资） */
                donationCount: number;
            };
            createdAt: string;
            createdBy: string;
            closedAt?: string;
            closedBy?: string;
            closingNote?: string;
            /** @description 每登记一笔捐赠加一；结束活动时须提交 */
            version: number;
        };
        DonationDrivePage: {
            items: components["schemas"]["DonationDrive"][];
            /** @description 下一页的 cursor；没有下一页时不返回 */
            cursor?: string;
        };
        /**
         * @description 募捐活动状态
         * @enum {string}
         */
        DonationDriveStatus: "open" | "closed";
        /**
         * @description 捐赠类型
         * @enum {string}
         */
        DonationKind: "money" | "goods";
        DonationPage: {
            items: components["schemas"]["Donation"][];
            /** @description 下一页的 cursor；没有下一页时不返回 */
            cursor?: string;
        };
        /**
         * @description 捐款来源
         * @enum {string}
         */
        DonationSource: "residents" | "units" | "party-dues" | "other";
        DriftReport: {
            /**
             * Format: date
             * @description 核对日期（登记服务清点人口的日期）
             */
            day: string;
            /** @description 登记服务清点人口的时间 */
            countedAt: string;
            area: string;
            fields: {
                /** @enum {string} */
                field: "total" | "registered" | "migrant" | "male" | "female";
                /** @description 登记服务清点的人数 */
                expected: number;
                /** @description 统计计数器当时的人数 */
                found: number;
            }[];
            /**
             * @description corrected：已按清点数更正；busy：核对期间计数器有变动，未更正，待下次核对
             * @enum {string}
             */
            outcome: "corrected" | "busy";
            corrected: boolean;
        };
        DriftReportPage: {
            items: components["schemas"]["DriftReport"][];
            /** @description 下一页的 cursor；没有下一页时不返回 */
            cursor?: string;
        };
        DueVisitPage: {
            items: {
                personId: string;
                area: string;
                kind: components["schemas"]["VisitKind"];
                every: components["schemas"]["VisitFrequency"];
                assignedTo: string;
                assignedToName?: string;
                /** Format: date */
                startOn: string;
                /**
                 * Format: date
                 * @description 下次应走访日期；记录同类走访后自动顺延
                 */
                nextDue: string;
                /**
                 * Format: date
                 * @description 已按此应走访日期发出逾期提醒
                 */
                overdueReportedFor?: string;
                version: number;
                updatedAt: string;
                /** @description 应走访日期已过 */
                overdue: boolean;
                /** @description 被走访人姓名（人员已不在时缺省） */
                personName?: string;
            }[];
            cursor?: string;
        };
        EmploymentBase: {
            id: string;
            unitId: string;
            unitName: string;
            area: string;
            year: number;
            type: components["schemas"]["EmploymentBaseType"];
            typeLabel: string;
            /** @description 申报时的数据 */
            figures: {
                [key: string]: number | boolean;
            };
            /** @description 申报时按标准逐项核对的结果 */
            standards: {
                figure: string;
                label: string;
                passed: boolean;
                /** @description 标准，如“不少于 10 人” */
                required: string;
                /** @description 申报值，如“12 人”“否”“未填报” */
                actual: string;
                /** @description 一句话说明，如“安置残疾人就业人数：12 人，达到“不少于 10 人”的标准” */
                message: string;
                /** @description 标准值来自区设参数（如当地最低工资标准） */
                districtParameter?: string;
            }[];
            contactName?: string;
            state: components["schemas"]["EmploymentBaseState"];
            stateLabel: string;
            /** Format: date */
            appliedOn: string;
            appliedBy: string;
            inspection?: {
                /** Format: date */
                inspectedOn: string;
                by: string;
                passed: boolean;
                findings: string;
                evidence: {
                    kind: string;
                    description: string;
                    objectKey?: string;
                }[];
            };
            /**
             * Format: date
             * @description 挂牌日期
             */
            plaqueGrantedOn?: string;
            /** @description 直接拨付到基地的扶持资金，每年一次 */
            fund?: {
                paymentId: string;
                /** @description 分 */
                amountFen: number;
                /** @description 元 */
                amountYuan: number;
                /** Format: date */
                paidOn: string;
                by: string;
            };
            /** @description 摘牌 */
            withdrawal?: {
                /** Format: date */
                withdrawnOn: string;
                by: string;
                reason: string;
            };
            /** @description 年度统计表 */
            statistics?: {
                disabledEmployed: number;
                householdsSupported: number;
                personsLiftedOutOfPoverty: number;
                incomePerPersonYuan: number;
                annualOutputYuan: number;
                trainees: number;
                summary: string;
                nextYearPlan: string;
                /** Format: date */
                filedOn: string;
                by: string;
                /** @description 晚于当年 11 月 10 日报送 */
                late: boolean;
            };
            history: {
                from?: components["schemas"]["EmploymentBaseState"];
                to: components["schemas"]["EmploymentBaseState"];
                command: string;
                by: string;
                at: string;
                reason?: string;
            }[];
            version: number;
            createdAt: string;
        };
        EmploymentBasePage: {
            items: components["schemas"]["EmploymentBase"][];
            /** @description 下一页的 cursor；没有下一页时不返回 */
            cursor?: string;
        };
        /**
         * @description 基地状态
         * @enum {string}
         */
        EmploymentBaseState: "applied" | "plaqued" | "not-approved" | "withdrawn";
        /**
         * @description 基地类型
         * @enum {string}
         */
        EmploymentBaseType: "placement" | "outreach";
        EmploymentStandards: {
            types: {
                type: components["schemas"]["EmploymentBaseType"];
                label: string;
                criteria: {
                    figure: string;
                    label: string;
                    required: string;
                    /** @description 文件依据 */
                    basis: string;
                    districtParameter?: string;
                }[];
            }[];
            /** @description 由区设定的参数（当地最低工资标准，元/月），随本区规定调整 */
            districtParameters: {
                minimumMonthlyWageYuan: number;
            };
            deadlines: {
                application: string;
                inspection: string;
                statistics: string;
                trainingPlanLeadDays: number;
            };
        };
        EmploymentStandardsCheck: {
            passed: boolean;
            results: {
                figure: string;
                label: string;
                passed: boolean;
                /** @description 标准，如“不少于 10 人” */
                required: string;
                /** @description 申报值，如“12 人”“否”“未填报” */
                actual: string;
                /** @description 一句话说明，如“安置残疾人就业人数：12 人，达到“不少于 10 人”的标准” */
                message: string;
                /** @description 标准值来自区设参数（如当地最低工资标准） */
                districtParameter?: string;
            }[];
        };
        /**
         * @description 督办层级
         * @enum {string}
         */
        EscalationLevel: "community" | "subdistrict" | "district";
        Evaluation: {
            id: string;
            community: string;
            month: string;
            /**
             * Format: date
             * @description 评议日（每季度末月 30 日，遇节假日顺延至工作日）
             */
            date: string;
            /**
             * @description draft 未发卡，issued 已发卡，closed 已结束
             * @enum {string}
             */
            status: "draft" | "issued" | "closed";
            workers: {
                workerId: string;
                name: string;
                title: string;
                subject?: string;
                personId?: string;
            }[];
            items: {
                itemId: string;
                name: string;
            }[];
            /** @description 评价等级：满意 100 分、基本满意 60 分、不满意 0 分 */
            scale: {
                /** @enum {string} */
                level: "satisfied" | "fair" | "dissatisfied";
                label: string;
                points: number;
            }[];
            cardsIssued: number;
            closedAt?: string;
            version: number;
        };
        EvaluationCard: {
            /** @description 评议卡编码，仅发给该居民代表本人 */
            code: string;
            personId: string;
            name: string;
            issuedAt: string;
            answered: boolean;
            answeredAt?: string;
        };
        EvaluationPage: {
            items: components["schemas"]["Evaluation"][];
            /** @description 下一页的 cursor；没有下一页时不返回 */
            cursor?: string;
        };
        EvaluationResults: {
            evaluationId: string;
            community: string;
            month: string;
            /** Format: date */
            date: string;
            /** @enum {string} */
            status: "draft" | "issued" | "closed";
            /** @description 评议已结束，结果已固定 */
            frozen: boolean;
            cards: {
                issued: number;
                answered: number;
                /** @description 评议有效所需的答卷数（发卡数的三分之二） */
                needed: number;
                valid: boolean;
            };
            workers: {
                workerId: string;
                name: string;
                title: string;
                subject?: string;
                personId?: string;
                items: {
                    itemId: string;
                    name: string;
                    /** @description 满意、基本满意、不满意的张数 */
                    counts: {
                        satisfied: number;
                        fair: number;
                        dissatisfied: number;
                    };
                    /** @description 平均分（0–100） */
                    average: number;
                    /** @description 满意率（满意与基本满意合计，0–1） */
                    satisfactionRate: number;
                }[];
                overall: {
                    /** @description 满意、基本满意、不满意的张数 */
                    counts: {
                        satisfied: number;
                        fair: number;
                        dissatisfied: number;
                    };
                    /** @description 平均分（0–100） */
                    average: number;
                    /** @description 满意率（满意与基本满意合计，0–1） */
                    satisfactionRate: number;
                };
                rank: number;
                commended: boolean;
            }[];
            /** @description 推荐表彰名单 */
            commended: {
                workerId: string;
                name: string;
                title: string;
            }[];
            /** @description 表彰推荐规则 */
            rule: string;
            /** @description 居民代表的意见建议（不署名） */
            comments: string[];
        };
        /**
         * @description 佐证材料类型
         * @enum {string}
         */
        EvidenceKind: "photo" | "contract" | "agreement" | "roster" | "payroll" | "accounts" | "plan" | "other";
        Facility: {
            id: string;
            community: string;
            kind: components["schemas"]["FacilityKind"];
            kindLabel: string;
            name: string;
            /** @description 服务站所属的银龄幸福之家 */
            parentId?: string;
            address?: string;
            openHours?: string;
            description?: string;
            version: number;
            createdAt: string;
            updatedAt?: string;
        };
        /**
         * @description 设施类型
         * @enum {string}
         */
        FacilityKind: "community-academy" | "party-home" | "women-children-home" | "silver-age-home" | "silver-age-station" | "other";
        FacilityPage: {
            items: components["schemas"]["Facility"][];
            /** @description 下一页的 cursor；没有下一页时不返回 */
            cursor?: string;
        };
        GardenPlot: {
            id: string;
            area: string;
            code: string;
            sizeSqm?: number;
            note?: string;
            status: components["schemas"]["GardenPlotStatus"];
            /** @description 仅工作人员和认领人本人可见 */
            holderPersonId?: string;
            /** @description 仅工作人员和认领人本人可见 */
            holderName?: string;
            season?: string;
            /** Format: date */
            claimedOn?: string;
            version: number;
        };
        GardenPlotPage: {
            items: components["schemas"]["GardenPlot"][];
            /** @description 下一页的 cursor；没有下一页时不返回 */
            cursor?: string;
        };
        /**
         * @description 地块状态
         * @enum {string}
         */
        GardenPlotStatus: "free" | "claimed";
        Grid: {
            /** @description 网格代码，如 350203006029-03 */
            code: string;
            community: string;
            number: number;
            name: string;
            focus: components["schemas"]["GridFocus"];
            /** @description 网格特色的中文名称 */
            focusLabel: string;
            leaderName?: string;
            /** @description 脱敏显示，如 138****5678 */
            leaderPhone?: string;
            version: number;
            createdAt: string;
            updatedAt?: string;
        };
        /**
         * @description 网格特色
         * @enum {string}
         */
        GridFocus: "hardship-help" | "units" | "high-rise" | "estate-governance" | "other";
        GridPage: {
            items: components["schemas"]["Grid"][];
            /** @description 下一页的 cursor；没有下一页时不返回 */
            cursor?: string;
        };
        GroupAttribute: {
            /** @description 属性名，即 attributes 中的键 */
            name: string;
            /** @description 中文名称 */
            label: string;
            type: components["schemas"]["GroupAttributeType"];
            /** @description 纳入时必填 */
            required: boolean;
            /** @description 填写说明 */
            description?: string;
            /** @description 文字最多几个字（多项文字为每项） */
            maxLength?: number;
            minimum?: number;
            maximum?: number;
            /** @description 最多几项 */
            maxItems?: number;
            /** @description 单选、多选的可选值及中文名称 */
            options?: components["schemas"]["GroupAttributeOption"][];
            /** @description 未填写时的取值 */
            default?: unknown;
            /** @description 一组信息的各项 */
            fields?: components["schemas"]["GroupAttributeField"][];
            /** @description 含身份证号，存储加密、默认脱敏显示；调整时不填则保持原值 */
            sensitive?: boolean;
            /** @description 可登记、修改该属性的角色（网格员只能记录部分群体的部分属性） */
            recordRoles: components["schemas"]["Role"][];
        };
        GroupAttributeField: {
            /** @description 属性名，即 attributes 中的键 */
            name: string;
            /** @description 中文名称 */
            label: string;
            type: components["schemas"]["GroupAttributeType"];
            /** @description 纳入时必填 */
            required: boolean;
            /** @description 填写说明 */
            description?: string;
            /** @description 文字最多几个字（多项文字为每项） */
            maxLength?: number;
            minimum?: number;
            maximum?: number;
            /** @description 最多几项 */
            maxItems?: number;
            /** @description 单选、多选的可选值及中文名称 */
            options?: components["schemas"]["GroupAttributeOption"][];
            /** @description 未填写时的取值 */
            default?: unknown;
        };
        GroupAttributeOption: {
            value: string | number;
            /** @description 中文名称 */
            label: string;
        };
        /**
         * @description 属性类型
         * @enum {string}
         */
        GroupAttributeType: "text" | "long-text" | "date" | "integer" | "number" | "boolean" | "one-of" | "many-of" | "text-list" | "group";
        GroupCatalogueEntry: {
            group: components["schemas"]["AnyGroupCode"];
            /** @description 群体中文名称 */
            label: string;
            kind: components["schemas"]["GroupKind"];
            managedBy?: components["schemas"]["GroupManagedBy"];
            /** @description 可纳入人员的角色（推算群体为空） */
            joinRoles: components["schemas"]["Role"][];
            /** @description 可移出人员的角色（推算群体为空） */
            leaveRoles: components["schemas"]["Role"][];
            /** @description 纳入和调整时填写的属性（推算群体没有） */
            attributes: components["schemas"]["GroupAttribute"][];
            /** @description 成员名单可按其筛选、统计的属性（残疾人的类别和等级） */
            facets?: {
                category?: {
                    attribute: string;
                    options: components["schemas"]["GroupAttributeOption"][];
                };
                grade?: {
                    attribute: string;
                    options: components["schemas"]["GroupAttributeOption"][];
                };
            };
            /** @description 纳入条件（年龄、性别） */
            eligibility?: string;
            /** @description 推算群体的年龄（周岁）和性别条件 */
            derivedFrom?: {
                minAge: number;
                maxAge?: number;
                sex?: components["schemas"]["Sex"];
            };
        };
        /**
         * @description 变更类型
         * @enum {string}
         */
        GroupChange: "joined" | "changed" | "left";
        /**
         * @description 群体
         * @enum {string}
         */
        GroupCode: "disabled" | "empty-nest" | "living-alone" | "solitary-elderly" | "left-behind-child" | "left-behind-woman" | "left-behind-elderly" | "dibao" | "tekun" | "unemployed" | "laid-off" | "military-family" | "martyr-family" | "active-military" | "transferred-officer" | "mental-illness";
        GroupCounts: {
            /** @description 地区代码 */
            area: string;
            /** @description 地区名称（网格为其代码） */
            name: string;
            /** @description 各特殊群体人数 */
            groups: {
                group: string;
                label: string;
                members: number;
            }[];
            /** @description 三留守人员（留守儿童、妇女、老人，按人计） */
            leftBehind: number;
            /** @description 下一级各地区的特殊群体人数 */
            children: {
                /** @description 地区代码 */
                area: string;
                /** @description 地区名称（网格为其代码） */
                name: string;
                /** @description 各特殊群体人数，按群体代码（disabled、dibao、left-behind-child…） */
                groups: {
                    [key: string]: number;
                };
                leftBehind: number;
            }[];
        };
        /**
         * @description 群体类型
         * @enum {string}
         */
        GroupKind: "managed" | "derived";
        /**
         * @description 办理权限
         * @enum {string}
         */
        GroupManagedBy: "grid" | "community";
        GroupMember: {
            personId: string;
            name: string;
            area: string;
            birthDate: string;
            sex: components["schemas"]["Sex"];
            /** @description 今天的周岁年龄 */
            age: number;
            /** @description 登记的群体属性（推算群体没有） */
            attributes?: {
                [key: string]: unknown;
            };
            category?: components["schemas"]["DisabilityCategory"];
            grade?: number;
            joinedAt?: string;
            version?: number;
        };
        GroupMemberPage: {
            items: components["schemas"]["GroupMember"][];
            /** @description 下一页的 cursor；没有下一页时不返回 */
            cursor?: string;
        };
        GroupMembership: {
            group: string;
            /** @description 群体中文名称 */
            label: string;
            /** @description 群体属性；残疾人证号等敏感属性默认脱敏 */
            attributes: {
                [key: string]: unknown;
            };
            category?: components["schemas"]["DisabilityCategory"];
            categoryLabel?: string;
            grade?: number;
            /** @description 等级中文名称，一级最重 */
            gradeLabel?: string;
            joinedAt: string;
            joinedBy: string;
            updatedAt: string;
            updatedBy: string;
            version: number;
        };
        GroupMembershipChange: {
            group: string;
            label: string;
            change: components["schemas"]["GroupChange"];
            /** @description 办理人 */
            actor: string;
            at: string;
            before?: {
                [key: string]: unknown;
            };
            after?: {
                [key: string]: unknown;
            };
            reason?: string;
        };
        Household: {
            id: string;
            area: string;
            address?: string;
            /** @description 户已注销时为空 */
            headPersonId?: string;
            /** @description active 在册；dissolved 已注销（最后一名成员移出） */
            status: components["schemas"]["HouseholdStatus"];
            /** @description 户成员人数 */
            size: number;
            /** @description 家庭人均月收入，元/月 */
            perCapitaIncome?: number;
            housingHardship: {
                kind: components["schemas"]["HousingHardshipKind"];
                label: string;
                note?: string;
            };
            version: number;
            createdAt: string;
            updatedAt: string;
            members: components["schemas"]["HouseholdMember"][];
        };
        HouseholdMember: {
            personId: string;
            relationship: components["schemas"]["HouseholdRelationship"];
            /** @description 与户主关系的中文名称 */
            relationshipLabel: string;
            joinedAt: string;
            /** @description 成员信息（证件号和电话脱敏） */
            person?: components["schemas"]["Person"];
        };
        /**
         * @description 与户主关系
         * @enum {string}
         */
        HouseholdRelationship: "head" | "spouse" | "child" | "parent" | "grandparent" | "grandchild" | "sibling" | "other";
        /**
         * @description 户状态
         * @enum {string}
         */
        HouseholdStatus: "active" | "dissolved";
        HouseholdSummary: {
            id: string;
            area: string;
            address?: string;
            /** @description 户已注销时为空 */
            headPersonId?: string;
            /** @description active 在册；dissolved 已注销（最后一名成员移出） */
            status: components["schemas"]["HouseholdStatus"];
            /** @description 户成员人数 */
            size: number;
            /** @description 家庭人均月收入，元/月 */
            perCapitaIncome?: number;
            housingHardship: {
                kind: components["schemas"]["HousingHardshipKind"];
                label: string;
                note?: string;
            };
            version: number;
            createdAt: string;
            updatedAt: string;
            headName?: string;
        };
        HouseholdSummaryPage: {
            items: components["schemas"]["HouseholdSummary"][];
            /** @description 下一页的 cursor；没有下一页时不返回 */
            cursor?: string;
        };
        /**
         * @description 住房情况
         * @enum {string}
         */
        HousingHardshipKind: "none" | "hardship" | "low-rent-housing" | "public-rental-housing" | "dilapidated";
        ImportJob: {
            /** @description 由社区代码和文件内容推导：同一文件再次导入得到同一任务 */
            id: string;
            community: string;
            fileName: string;
            /** @description queued 排队中；running 导入中；done 已完成；failed 失败（见 failure）；cancelled 已取消（已导入的行保留，可继续导入） */
            status: components["schemas"]["ImportStatus"];
            /** @description 数据行数（不含表头、空行、合计行和表尾说明，见 skippedRows） */
            rowsTotal: number;
            /** @description 已处理的行数，用于显示进度 */
            processedRows: number;
            /** @description 进度百分比（已处理行数 / 数据行数，向下取整；完成为 100） */
            percent: number;
            /** @description 跳过的行数：表头下的空行、合计行、表尾说明等，不是人员，不计入数据行 */
            skippedRows: number;
            /** @description 跳过了哪些行，如“跳过 2 行：合计行 1 行（第 75 行）；空行 1 行（第 10 行）” */
            skippedNote?: string;
            /** @description 新登记的人员数 */
            created: number;
            /** @description 信息或群体有变化而更新的已登记人员数 */
            updated: number;
            /** @description 与已登记信息完全相同、未作改动的行数 */
            unchanged: number;
            /** @description 有错误未导入的行数，错误见错误报告 */
            failedRows: number;
            requestedBy: string;
            createdAt: string;
            startedAt?: string;
            finishedAt?: string;
            /** @description 任务失败时的中文原因 */
            failure?: string;
            /**
             * @description 已申请取消，正在处理的这一批行完成后停止
             * @constant
             */
            cancelRequested?: true;
            /** @description 取消人 */
            cancelledBy?: string;
            /** @description 申请取消的时间；已处理的行数见 processedRows */
            cancelledAt?: string;
        };
        ImportJobPage: {
            items: components["schemas"]["ImportJob"][];
            /** @description 下一页的 cursor；没有下一页时不返回 */
            cursor?: string;
        };
        ImportRowError: {
            /** @description Excel 中显示的行号（表头为第 1 行时，第一行数据为第 2 行） */
            row: number;
            /** @description 出错的列（按上传文件中的表头） */
            column: string;
            /** @description 该单元格的内容 */
            value: string;
            /** @description 错误说明 */
            message: string;
        };
        ImportRowErrorPage: {
            items: components["schemas"]["ImportRowError"][];
            /** @description 下一页的 cursor；没有下一页时不返回 */
            cursor?: string;
        };
        /**
         * @description 导入状态
         * @enum {string}
         */
        ImportStatus: "queued" | "running" | "done" | "failed" | "cancelled";
        InboxEntry: {
            messageId: string;
            kind: components["schemas"]["MessageKind"];
            title: string;
            body: string;
            createdAt: string;
            read: boolean;
            readAt?: string;
        };
        ItemHold: {
            holdId: string;
            item: components["schemas"]["SharedItem"];
            until: string;
        };
        ItemLoan: {
            id: string;
            itemId: string;
            itemName: string;
            area: string;
            personId: string;
            borrowerName: string;
            /** Format: date */
            borrowedOn: string;
            /** Format: date */
            dueOn: string;
            renewals: number;
            status: components["schemas"]["SharedLoanStatus"];
            /** @description 应还日期已过仍未归还 */
            overdue: boolean;
            /** Format: date */
            returnedOn?: string;
            /** @description 归还时逾期的天数，按期归还为 0 */
            daysLate?: number;
            version: number;
        };
        ItemLoanPage: {
            items: components["schemas"]["ItemLoan"][];
            /** @description 下一页的 cursor；没有下一页时不返回 */
            cursor?: string;
        };
        JobOpening: {
            id: string;
            unitId?: string;
            unitName: string;
            area: string;
            title: string;
            description?: string;
            positions: number;
            /** @description 已安置人数 */
            filled: number;
            /** @description 剩余名额 */
            remaining: number;
            monthlyWageYuan: number;
            welcomes: components["schemas"]["SeekerGroup"][];
            /** @description 如“流动人口、残疾人” */
            welcomesLabel: string;
            /** Format: date */
            closesOn: string;
            status: components["schemas"]["JobOpeningStatus"];
            contactName?: string;
            /** Format: date */
            postedOn: string;
            postedBy: string;
            version: number;
        };
        JobOpeningPage: {
            items: components["schemas"]["JobOpening"][];
            /** @description 下一页的 cursor；没有下一页时不返回 */
            cursor?: string;
        };
        /**
         * @description open 招聘中；filled 名额已满；closed 已过报名截止日期
         * @enum {string}
         */
        JobOpeningStatus: "open" | "filled" | "closed";
        JobPlacement: {
            id: string;
            openingId: string;
            personId: string;
            group: components["schemas"]["SeekerGroup"];
            groupLabel: string;
            area: string;
            unitName: string;
            title: string;
            /** Format: date */
            startsOn: string;
            note?: string;
            registeredAt: string;
            registeredBy: string;
        };
        JobPlacementPage: {
            items: components["schemas"]["JobPlacement"][];
            /** @description 下一页的 cursor；没有下一页时不返回 */
            cursor?: string;
        };
        LegalAdvisor: {
            community: string;
            name: string;
            firm: string;
            /** @description 律师的工作电话，公开 */
            phone: string;
            serviceHours: string;
            version: number;
            updatedAt: string;
        };
        LegalAdvisors: {
            area: string;
            areaName: string;
            /** @description 地区内的社区（村）数 */
            communities: number;
            /** @description 已有法律顾问的社区（村）数 */
            covered: number;
            /** @description 各位法律顾问及其包保的社区（村），包保多者在前；同名同电话视为同一位律师 */
            advisors: {
                name: string;
                firm: string;
                /** @description 律师的工作电话，公开 */
                phone: string;
                /** @description 该律师包保的社区（村） */
                communities: {
                    /** @description 社区（村）代码 */
                    community: string;
                    /** @description 社区（村）名称 */
                    name: string;
                    /** @description 在该社区的服务时间 */
                    serviceHours: string;
                }[];
            }[];
            /** @description 尚未设置法律顾问的社区（村） */
            uncovered: {
                community: string;
                name: string;
            }[];
        };
        Message: {
            id: string;
            recipient: string;
            kind: components["schemas"]["MessageKind"];
            title: string;
            body: string;
            urgent: boolean;
            templateKey: string;
            templateVersion: number;
            channels: components["schemas"]["NotificationChannel"][];
            createdAt: string;
            deliveries: {
                /** @enum {string} */
                channel: "sms" | "email";
                /** @description queued 待发送，held 免打扰时段暂缓，sending 发送中，sent 已发送，failed 发送失败，suppressed 不发送 */
                status: components["schemas"]["DeliveryStatus"];
                holdUntil?: string;
                attempts: number;
                lastError?: string;
                sentAt?: string;
                /** @enum {string} */
                suppressedReason?: "daily-limit" | "unreachable" | "cancelled";
            }[];
        };
        /**
         * @description 消息类型
         * @enum {string}
         */
        MessageKind: "application" | "payment" | "notice" | "reminder" | "case" | "broadcast" | "task";
        MessageTemplate: {
            key: string;
            kind: components["schemas"]["MessageKind"];
            /** @description 消息类型的中文名称 */
            kindLabel: string;
            urgent: boolean;
            title: string;
            body: string;
            variables: {
                name: string;
                /** @enum {string} */
                type: "text" | "date" | "money" | "number";
                label: string;
            }[];
            /** @description 版本号；0 为内置模板 */
            version: number;
            /**
             * @description built-in：内置模板；district：本区保存的版本
             * @enum {string}
             */
            source: "built-in" | "district";
            /** @description 保存该版本的用户编号 */
            savedBy?: string;
            savedAt?: string;
        };
        /**
         * @description 心愿状态
         * @enum {string}
         */
        MicroWishStatus: "open" | "claimed" | "fulfilled" | "cancelled";
        MutualAidActivity: {
            id: string;
            community: string;
            title: string;
            kind: components["schemas"]["MutualAidActivityKind"];
            kindLabel: string;
            heldOn: string;
            /** @description 参加单位 */
            units: {
                unitId: string;
                unitName: string;
            }[];
            note?: string;
            createdAt: string;
        };
        /**
         * @description 活动形式
         * @enum {string}
         */
        MutualAidActivityKind: "training" | "salon" | "culture" | "service" | "other";
        MutualAidActivityPage: {
            items: components["schemas"]["MutualAidActivity"][];
            /** @description 下一页的 cursor；没有下一页时不返回 */
            cursor?: string;
        };
        MutualAidApplication: {
            id: string;
            unitId: string;
            unitName: string;
            area: string;
            statement: string;
            /** @description pending 待审议；approved 已批准；rejected 已驳回 */
            status: components["schemas"]["MutualAidApplicationStatus"];
            /** @description 理事会审议意见 */
            reason?: string;
            decidedBy?: string;
            decidedAt?: string;
            version: number;
            createdAt: string;
        };
        MutualAidApplicationPage: {
            items: components["schemas"]["MutualAidApplication"][];
            /** @description 下一页的 cursor；没有下一页时不返回 */
            cursor?: string;
        };
        /**
         * @description 状态
         * @enum {string}
         */
        MutualAidApplicationStatus: "pending" | "approved" | "rejected";
        MutualAidAward: {
            year: number;
            unitId: string;
            unitName: string;
            area: string;
            title: string;
            grantedAt: string;
        };
        MutualAidAwardPage: {
            items: components["schemas"]["MutualAidAward"][];
            /** @description 下一页的 cursor；没有下一页时不返回 */
            cursor?: string;
        };
        /**
         * @description 共建互助联合会
         * @enum {string}
         */
        MutualAidMembership: "pending" | "member";
        MutualAidOffer: {
            id: string;
            unitId: string;
            unitName: string;
            area: string;
            kind: components["schemas"]["MutualAidOfferKind"];
            kindLabel: string;
            title: string;
            description: string;
            createdAt: string;
        };
        /**
         * @description 类型
         * @enum {string}
         */
        MutualAidOfferKind: "resource" | "need";
        MutualAidOfferPage: {
            items: components["schemas"]["MutualAidOffer"][];
            /** @description 下一页的 cursor；没有下一页时不返回 */
            cursor?: string;
        };
        MutualAidYear: {
            community: string;
            communityName: string;
            year: number;
            /** @description 当年的入会申请 */
            applications: {
                /** @description 当年提交入会申请的单位数 */
                submitted: number;
                /** @description 其中已批准 */
                approved: number;
                /** @description 其中已驳回 */
                rejected: number;
                /** @description 其中待审议 */
                pending: number;
            };
            /** @description 现有会员单位数 */
            members: number;
            /** @description 当年开展的共建互助活动次数 */
            activities: number;
            /** @description 按活动形式的次数 */
            activitiesByKind: {
                kind: components["schemas"]["MutualAidActivityKind"];
                label: string;
                count: number;
            }[];
            /** @description 当年参加过活动的单位数（按单位计） */
            participatingUnits: number;
            /** @description 参加单位及其参加次数，多者在前 */
            units: {
                unitId: string;
                unitName: string;
                activities: number;
            }[];
            /** @description 当年的表彰数 */
            awards: number;
        };
        Notice: {
            id: string;
            area: string;
            /**
             * @description subsidies（补助三榜公示）、cases（办理结果）或 worker（工作人员发布）
             * @enum {string}
             */
            source: "subsidies" | "cases" | "worker";
            kind: components["schemas"]["NoticeKind"];
            kindLabel: string;
            title: string;
            body?: string;
            /** @description 公示名单；身份证号一律打码 */
            entries?: {
                name: string;
                /** @description 身份证号仅显示前 6 位和后 4 位 */
                citizenIdMasked: string;
                programmeName?: string;
                /** @description 拟发放的月（次）金额（元） */
                amountYuan?: number;
            }[];
            postedFrom: string;
            /** @description 公示期最后一天（含） */
            postedUntil: string;
            postedAt: string;
            postedBy: string;
            takenDownAt?: string;
            takenDownBy?: string;
            takeDownReason?: string;
            version: number;
        };
        /**
         * @description 公告类型
         * @enum {string}
         */
        NoticeKind: "policy" | "activity" | "other" | "subsidy-round" | "case-outcome";
        /**
         * @description 渠道
         * @enum {string}
         */
        NotificationChannel: "in-app" | "sms" | "email";
        NotificationPreferences: {
            /** @description 消息接收人：登记在册的居民为 person:<人员编号>，其他用户为 user:<用户编号> */
            recipient: string;
            /** @description 本人设定的各类消息渠道；未列出的类型按默认 */
            channels: {
                /** @description 补助申请进度 */
                application?: ("in-app" | "sms" | "email")[];
                /** @description 补助发放 */
                payment?: ("in-app" | "sms" | "email")[];
                /** @description 公示公告 */
                notice?: ("in-app" | "sms" | "email")[];
                /** @description 活动和办事提醒 */
                reminder?: ("in-app" | "sms" | "email")[];
                /** @description 诉求办理 */
                case?: ("in-app" | "sms" | "email")[];
                /** @description 社区通知 */
                broadcast?: ("in-app" | "sms" | "email")[];
                /** @description 工作待办 */
                task?: ("in-app" | "sms" | "email")[];
            };
            quietHours: {
                from: string;
                to: string;
            };
            /** @description 免打扰时段的中文说明 */
            quietHoursText: string;
            dailyLimit: number;
            /** @description 各类消息的说明和实际使用的渠道 */
            kinds: {
                kind: components["schemas"]["MessageKind"];
                /** @description 消息类型的中文名称 */
                label: string;
                /** @description 该类消息实际使用的渠道；短信和邮件须登记了手机号或邮箱才会发送 */
                channels: components["schemas"]["NotificationChannel"][];
                /** @description 是否本人设定（否则为默认） */
                chosen: boolean;
            }[];
            /** @description 站内信始终开启的说明 */
            inAppNote: string;
            /** @description 版本号，修改时须提交；0 表示从未设置，使用默认 */
            version: number;
        };
        OfficeHours: {
            community: string;
            openDays: number[];
            periods: {
                from: string;
                to: string;
            }[];
            certificateOfficeDays: number[];
            note?: string;
            /** @description 一句话说明，如“周一至周五 08:30–12:00、14:30–17:30；三证办理日：周一、周三、周五” */
            summary: string;
            version: number;
            updatedAt: string;
        };
        Pairing: {
            pairingId: string;
            /** @description 一帮一 或 二帮一 */
            mode: string;
            community: string;
            householdId: string;
            headPersonId: string;
            headName: string;
            helpers: {
                kind: components["schemas"]["PairingHelperKind"];
                id: string;
                name: string;
                personId?: string;
            }[];
            every: components["schemas"]["PairingFrequency"];
            needs?: string;
            startOn: string;
            nextDue: string;
            lastVisitedOn?: string;
            visits: number;
            /** @description 应走访日期已过仍未走访 */
            behind: boolean;
            status: components["schemas"]["PairingStatus"];
            endedOn?: string;
            endReason?: string;
            version: number;
        };
        /**
         * @description 走访周期
         * @enum {string}
         */
        PairingFrequency: "week" | "fortnight" | "month" | "quarter";
        /**
         * @description 帮扶人类型
         * @enum {string}
         */
        PairingHelperKind: "worker" | "party-member" | "volunteer";
        PairingPage: {
            items: components["schemas"]["Pairing"][];
            /** @description 下一页的 cursor；没有下一页时不返回 */
            cursor?: string;
        };
        /**
         * @description 结对状态
         * @enum {string}
         */
        PairingStatus: "active" | "ended";
        PartyPost: {
            postId: string;
            community: string;
            name: string;
            holderPersonId: string;
            holderName: string;
            duties: string[];
            createdAt: string;
            updatedAt: string;
            version: number;
        };
        Payment: {
            paymentId: string;
            applicationId: string;
            programme: string;
            personId: string;
            applicantName: string;
            area: string;
            /** @description YYYY-MM（按月）、YYYY（按年）或 once（一次性） */
            period: string;
            /** @description 发放月份 */
            month: string;
            amountYuan: number;
            /** @enum {string} */
            form: "cash" | "loan";
            accountMasked?: string;
            paidAt: string;
        };
        PaymentPage: {
            items: components["schemas"]["Payment"][];
            /** @description 下一页的 cursor；没有下一页时不返回 */
            cursor?: string;
        };
        PaymentPreview: {
            month: string;
            community: string;
            items: {
                applicationId: string;
                programme: string;
                programmeName: string;
                personId: string;
                applicantName: string;
                /** @description 本次将发放的期（YYYY-MM、YYYY 或 once） */
                periods: string[];
                /** @description 每期金额 */
                amountYuan: number;
                /** @description 本次合计 */
                totalYuan: number;
                /** @enum {string} */
                form: "cash" | "loan";
                accountMasked?: string;
            }[];
            totals: {
                programme: string;
                programmeName: string;
                payments: number;
                totalYuan: number;
            }[];
            payments: number;
            totalYuan: number;
        };
        PaymentRun: {
            runId: string;
            month: string;
            state: components["schemas"]["PaymentRunState"];
            startedAt: string;
            finishedAt?: string;
            /** @description 已核对的补助项数 */
            benefits: number;
            /** @description 已发放笔数 */
            payments: number;
            /** @description 已发放金额（元） */
            paidYuan: number;
            /** @description 他次发放已付、本次跳过的期数 */
            alreadyPaid: number;
            /** @description 到期终止的补助项数 */
            closed: number;
            error?: string;
        };
        /**
         * @description 发放批次状态
         * @enum {string}
         */
        PaymentRunState: "running" | "done" | "failed";
        Person: {
            id: string;
            name: string;
            /** @description 默认脱敏，如 350203********1234；有权限的角色可用 reveal=true 查看全号 */
            citizenId: string;
            phone?: string;
            /** Format: date */
            birthDate: string;
            sex: components["schemas"]["Sex"];
            age: number;
            residence: components["schemas"]["ResidenceStatus"];
            migrant?: {
                origin: string;
                arrivalDate: string;
            };
            area: string;
            building?: string;
            room?: string;
            /** @description active 在册；moved-out 已迁出本区；deceased 已死亡（记录保留，仅供查阅） */
            status: components["schemas"]["PersonStatus"];
            movedOut?: {
                date: string;
                destination: string;
            };
            death?: {
                dateOfDeath: string;
                placeOfDeath?: string;
                burial?: {
                    method: string;
                    place?: string;
                    date?: string;
                };
            };
            /** @description 今天满 60 周岁（按身份证出生日期实时推算，不存储）；仅在册人员 */
            elderly?: boolean;
            /** @description 今天为 15–49 周岁女性（育龄妇女，实时推算）；仅在册人员 */
            womanOfChildbearingAge?: boolean;
            version: number;
            createdAt: string;
            updatedAt?: string;
        };
        PersonCertificates: {
            personId: string;
            items: components["schemas"]["Certificate"][];
        };
        PersonHousehold: {
            personId: string;
            /** @description 不属于任何户时为 null */
            household: components["schemas"]["Household"] | null;
        };
        PersonPage: {
            items: components["schemas"]["Person"][];
            /** @description 下一页的 cursor；没有下一页时不返回 */
            cursor?: string;
        };
        /**
         * @description 人员状态
         * @enum {string}
         */
        PersonStatus: "active" | "moved-out" | "deceased";
        PhotoUpload: {
            /** @description 上传后在登记时填写的照片 key */
            key: string;
            /** @description 以 PUT 上传照片的预签名地址，须带相同的 Content-Type */
            uploadUrl: string;
            expiresInSeconds: number;
        };
        Population: {
            /** @description 地区代码 */
            area: string;
            /** @description 地区名称（网格为其代码） */
            name: string;
            /** @description 年龄按哪一天计算（YYYY-MM-DD，上海时间的今天） */
            asOf: string;
            /** @description 总人口 */
            total: number;
            /** @description 户籍人口 */
            registered: number;
            /** @description 流动人口 */
            migrant: number;
            /** @description 男 */
            male: number;
            /** @description 女 */
            female: number;
            /** @description 育龄妇女（15–49 周岁女性，按当日年龄） */
            women15to49: number;
            /** @description 60 周岁以上老人（按当日年龄） */
            elderly60plus: number;
            /** @description 80 周岁以上高龄老人（按当日年龄） */
            elderly80plus: number;
            /** @description 下一级地区（街道、社区或网格）的人口 */
            children: {
                /** @description 地区代码 */
                area: string;
                /** @description 地区名称（网格为其代码） */
                name: string;
                /** @description 总人口 */
                total: number;
                /** @description 户籍人口 */
                registered: number;
                /** @description 流动人口 */
                migrant: number;
                /** @description 男 */
                male: number;
                /** @description 女 */
                female: number;
                /** @description 育龄妇女（15–49 周岁女性，按当日年龄） */
                women15to49: number;
                /** @description 60 周岁以上老人（按当日年龄） */
                elderly60plus: number;
                /** @description 80 周岁以上高龄老人（按当日年龄） */
                elderly80plus: number;
            }[];
        };
        /** @description RFC 9457 问题详情：code 供程序判断，title 和 detail 供人阅读，errors 逐字段说明校验问题。 */
        Problem: {
            /** @description 问题类型的标识 URI，末段与 code 相同 */
            type: string;
            /** @description 稳定的错误代码，如 validation-failed、forbidden */
            code: string;
            /** @description 错误类别的中文标题 */
            title: string;
            /** @description HTTP 状态码 */
            status: number;
            /** @description 本次错误的中文说明 */
            detail?: string;
            /** @description 请求编号（urn:request:…），联系管理员时请提供 */
            instance?: string;
            /** @description 逐字段的校验问题 */
            errors?: {
                /** @description 出错字段的路径，如 body.citizenId */
                field: string;
                /** @description 中文提示 */
                message: string;
            }[];
        };
        Programme: {
            code: string;
            name: string;
            period: components["schemas"]["SubsidyPeriod"];
            form: components["schemas"]["SubsidyForm"];
            /** @description 金额规则的中文说明 */
            amount: string;
            /** @description 三榜公示每榜天数 */
            noticeDays: number;
            /** @description 本区设定的标准（元） */
            params: {
                [key: string]: number;
            };
            /** @description 每项标准的中文名称 */
            paramLabels: {
                [key: string]: string;
            };
            /** @description 享受期间每隔几个月复核一次 */
            reviewMonths?: number;
            /** @description 本区设定的版本号，0 表示沿用目录标准；修改时须提交 */
            settingsVersion: number;
            note?: string;
        };
        PublicEvaluationCard: {
            code: string;
            evaluationId: string;
            community: string;
            month: string;
            /** Format: date */
            date: string;
            /** @description 持卡居民代表姓名 */
            holder: string;
            workers: {
                workerId: string;
                name: string;
                title: string;
            }[];
            items: {
                itemId: string;
                name: string;
            }[];
            /** @description 评价等级：满意 100 分、基本满意 60 分、不满意 0 分 */
            scale: {
                /** @enum {string} */
                level: "satisfied" | "fair" | "dissatisfied";
                label: string;
                points: number;
            }[];
            answered: boolean;
            answeredAt?: string;
            canAnswer: boolean;
            /** @description 不能填写的原因 */
            why?: string;
        };
        PublicNotice: {
            id: string;
            area: string;
            /**
             * @description 张贴在区、街道还是社区的公示栏
             * @enum {string}
             */
            areaLevel: "district" | "subdistrict" | "community";
            /**
             * @description subsidies（补助三榜公示）、cases（办理结果）或 worker（工作人员发布）
             * @enum {string}
             */
            source: "subsidies" | "cases" | "worker";
            kind: components["schemas"]["NoticeKind"];
            kindLabel: string;
            title: string;
            body?: string;
            /** @description 公示名单；身份证号一律打码 */
            entries?: {
                name: string;
                /** @description 身份证号仅显示前 6 位和后 4 位 */
                citizenIdMasked: string;
                programmeName?: string;
                /** @description 拟发放的月（次）金额（元） */
                amountYuan?: number;
            }[];
            postedFrom: string;
            /** @description 公示期最后一天（含） */
            postedUntil: string;
        };
        Questionnaire: {
            id: string;
            community: string;
            month: string;
            title: string;
            description?: string;
            /**
             * @description draft 草稿，open 发放中，closed 已结束
             * @enum {string}
             */
            status: "draft" | "open" | "closed";
            questions: {
                questionId: string;
                /**
                 * @description single 单选，multi 多选，text 填空
                 * @enum {string}
                 */
                kind: "single" | "multi" | "text";
                text: string;
                required: boolean;
                options?: {
                    optionId: string;
                    label: string;
                }[];
            }[];
            openedAt?: string;
            closedAt?: string;
            version: number;
        };
        QuestionnairePage: {
            items: components["schemas"]["Questionnaire"][];
            /** @description 下一页的 cursor；没有下一页时不返回 */
            cursor?: string;
        };
        QuestionnaireResponse: {
            questionnaireId: string;
            personId: string;
            answers: {
                [key: string]: string | string[];
            };
            /**
             * @description self 居民本人填写，staff 工作人员代录纸质问卷
             * @enum {string}
             */
            channel: "self" | "staff";
            respondedAt: string;
        };
        QuestionnaireTally: {
            questionnaireId: string;
            community: string;
            month: string;
            title: string;
            /** @enum {string} */
            status: "draft" | "open" | "closed";
            /** @description 答卷数 */
            responses: number;
            questions: {
                questionId: string;
                /** @enum {string} */
                kind: "single" | "multi" | "text";
                text: string;
                /** @description 回答该题的人数 */
                answered: number;
                options?: {
                    optionId: string;
                    label: string;
                    count: number;
                    /** @description 占回答该题人数的比例 */
                    share: number;
                }[];
                /** @description 填空题的全部回答，按填写先后 */
                texts?: string[];
            }[];
        };
        ReportComparison: {
            /** @enum {string} */
            kind: "civil-affairs-monthly" | "population" | "disabled" | "employment-bases" | "civil-affairs-yearly";
            title: string;
            area: string;
            areaName: string;
            from: string;
            to: string;
            unit: string;
            columns: {
                key: string;
                label: string;
                unit?: string;
            }[];
            rows: {
                area: string;
                label: string;
                values: {
                    [key: string]: {
                        from: number;
                        to: number;
                        /** @description 后一期减前一期 */
                        change: number;
                    };
                };
            }[];
            totals: {
                [key: string]: {
                    from: number;
                    to: number;
                    /** @description 后一期减前一期 */
                    change: number;
                };
            };
        };
        ReportTable: {
            /** @enum {string} */
            kind: "civil-affairs-monthly" | "population" | "disabled" | "employment-bases" | "civil-affairs-yearly";
            /** @description 如“民政月报表” */
            title: string;
            area: string;
            areaName: string;
            /** @description YYYY-MM（月报）或 YYYY（年报） */
            period: string;
            /** @description 存量数字（户数、人数等）截至的日期 */
            asOf: string;
            /** @description 如“单位：户、人、元” */
            unit: string;
            columns: {
                key: string;
                label: string;
                unit?: string;
            }[];
            /** @description 各下级地区一行（逐级下钻） */
            rows: {
                area: string;
                label: string;
                values: {
                    [key: string]: number;
                };
            }[];
            /** @description 本地区合计 */
            totals: {
                [key: string]: number;
            };
            compiledAt: string;
            compiledBy: string;
        };
        Representatives: {
            community: string;
            /** @description 居民代表（人口库中的居民） */
            persons: {
                personId: string;
                name: string;
            }[];
            /** @description 参加五日一周的工作人员登录账号 */
            staff: string[];
            setBy?: string;
            setAt?: string;
            /** @description 0 表示尚未设置 */
            version: number;
        };
        /**
         * @description 户籍类型
         * @enum {string}
         */
        ResidenceStatus: "registered" | "migrant";
        /**
         * @description 角色
         * @enum {string}
         */
        Role: "district-admin" | "subdistrict-staff" | "community-worker" | "grid-worker" | "volunteer" | "unit" | "resident";
        /**
         * @description 求职人员类别
         * @enum {string}
         */
        SeekerGroup: "migrant" | "disabled" | "laid-off";
        /**
         * @description 性别
         * @enum {string}
         */
        Sex: "male" | "female";
        SharedItem: {
            id: string;
            area: string;
            name: string;
            category: string;
            condition: components["schemas"]["SharedItemCondition"];
            description?: string;
            photos: string[];
            donorKind: components["schemas"]["SharedItemDonorKind"];
            donorName?: string;
            /** Format: date */
            donatedOn: string;
            /** @description 预约到期未借的物品显示为 available */
            status: components["schemas"]["SharedItemStatus"];
            /** @description 预约保留到此时刻 */
            heldUntil?: string;
            heldByMe?: boolean;
            /** @description 仅工作人员可见 */
            holderPersonId?: string;
            /** @description 仅工作人员可见 */
            loanId?: string;
            withdrawnReason?: string;
            version: number;
        };
        /**
         * @description 成色
         * @enum {string}
         */
        SharedItemCondition: "new" | "good" | "fair";
        /**
         * @description 捐赠人类型
         * @enum {string}
         */
        SharedItemDonorKind: "resident" | "unit" | "anonymous";
        SharedItemPage: {
            items: components["schemas"]["SharedItem"][];
            /** @description 下一页的 cursor；没有下一页时不返回 */
            cursor?: string;
        };
        /**
         * @description 物品状态
         * @enum {string}
         */
        SharedItemStatus: "available" | "held" | "on-loan" | "withdrawn";
        /**
         * @description 借用状态
         * @enum {string}
         */
        SharedLoanStatus: "open" | "returned";
        SpecialFigures: {
            /** @description 地区代码 */
            area: string;
            /** @description 地区名称（网格为其代码） */
            name: string;
            /** @description 在册户数（未注销） */
            households: number;
            /** @description 在册户的人数 */
            householdPersons: number;
            /** @description 住房困难户合计（住房困难、廉租房、公租房、危房） */
            housingHardship: number;
            /** @description 住房困难户的人数 */
            housingHardshipPersons: number;
            /** @description 按住房情况的户数：hardship、low-rent-housing、public-rental-housing、dilapidated */
            housing: {
                [key: string]: number;
            };
            /** @description 军属 */
            militaryFamily: number;
            /** @description 烈属 */
            martyrFamily: number;
            /** @description 现役军人 */
            activeMilitary: number;
            /** @description 军转干部 */
            transferredOfficer: number;
            /** @description 军烈属、现役军人和军转干部合计（按群体成员计） */
            military: number;
            /** @description 三留守人员（按人计，一人多类只计一次） */
            leftBehind: number;
            /** @description 留守儿童 */
            leftBehindChildren: number;
            /** @description 留守妇女 */
            leftBehindWomen: number;
            /** @description 留守老人 */
            leftBehindElderly: number;
            /** @description 各类住房困难的户数和人数 */
            housingKinds: {
                kind: string;
                label: string;
                /** @description 户数 */
                households: number;
                /** @description 人数 */
                persons: number;
            }[];
            /** @description 下一级各地区（街道、村/社区或网格）的同样数字 */
            children: {
                /** @description 地区代码 */
                area: string;
                /** @description 地区名称（网格为其代码） */
                name: string;
                /** @description 在册户数（未注销） */
                households: number;
                /** @description 在册户的人数 */
                householdPersons: number;
                /** @description 住房困难户合计（住房困难、廉租房、公租房、危房） */
                housingHardship: number;
                /** @description 住房困难户的人数 */
                housingHardshipPersons: number;
                /** @description 按住房情况的户数：hardship、low-rent-housing、public-rental-housing、dilapidated */
                housing: {
                    [key: string]: number;
                };
                /** @description 军属 */
                militaryFamily: number;
                /** @description 烈属 */
                martyrFamily: number;
                /** @description 现役军人 */
                activeMilitary: number;
                /** @description 军转干部 */
                transferredOfficer: number;
                /** @description 军烈属、现役军人和军转干部合计（按群体成员计） */
                military: number;
                /** @description 三留守人员（按人计，一人多类只计一次） */
                leftBehind: number;
                /** @description 留守儿童 */
                leftBehindChildren: number;
                /** @description 留守妇女 */
                leftBehindWomen: number;
                /** @description 留守老人 */
                leftBehindElderly: number;
            }[];
        };
        SubsidyApplication: {
            id: string;
            programme: string;
            programmeName: string;
            applicantId: string;
            applicantName: string;
            applicantIdMasked: string;
            area: string;
            community: string;
            state: components["schemas"]["SubsidyApplicationState"];
            statement: string;
            filedBy: string;
            submittedOn: string;
            noticeDays: number;
            householdSize?: number;
            requestedYuan?: number;
            /** @description 公示时的月（次）金额 */
            proposedYuan?: number;
            /** @description 审批确定的月（次）金额 */
            amountYuan?: number;
            account?: {
                bank: string;
                holder: string;
                numberMasked: string;
            };
            homeVisit?: {
                visitedOn: string;
                by: string;
                findings: string;
                passed: boolean;
            };
            rounds: {
                round: number;
                postedOn: string;
                days: number;
                closedOn?: string;
            }[];
            objections: {
                id: string;
                round: number;
                raisedOn: string;
                recordedBy: string;
                content: string;
                resolution?: {
                    resolvedOn: string;
                    by: string;
                    /** @enum {string} */
                    outcome: "upheld" | "dismissed";
                    note: string;
                };
            }[];
            approvedOn?: string;
            startsOn?: string;
            endsOn?: string;
            suspensions: {
                from: string;
                to?: string;
            }[];
            /** @description 下次复核日期 */
            nextReviewOn?: string;
            /** @description 贷款到期日和还款日 */
            loan?: {
                dueOn: string;
                repaidOn?: string;
            };
            /** @description 实物发放登记 */
            handover?: {
                on: string;
                by: string;
                note?: string;
            };
            reviews?: {
                reviewedOn: string;
                by: string;
                findings: string;
                /** @enum {string} */
                outcome: "continue" | "adjust";
            }[];
            /** @description 低保渐退：登记就业后试用期 3 个月内照发，期满后退出 */
            graduatedExit?: {
                reportedWorkOn: string;
                trialFrom: string;
                trialTo: string;
                exitMonth: string;
            };
            history: {
                from: components["schemas"]["SubsidyApplicationState"];
                to: components["schemas"]["SubsidyApplicationState"];
                command: components["schemas"]["SubsidyStep"];
                by: string;
                at: string;
                reason?: string;
            }[];
            /** @description 此刻您可以办理的操作（按流程和您的角色） */
            commands?: components["schemas"]["SubsidyCommand"][];
            version: number;
            payments?: components["schemas"]["Payment"][];
        };
        SubsidyApplicationPage: {
            items: components["schemas"]["SubsidyApplication"][];
            /** @description 下一页的 cursor；没有下一页时不返回 */
            cursor?: string;
        };
        /**
         * @description 申请状态
         * @enum {string}
         */
        SubsidyApplicationState: "submitted" | "community-review" | "notice-1" | "notice-2" | "notice-3" | "subdistrict-approval" | "active" | "suspended" | "ended" | "rejected" | "withdrawn";
        /**
         * @description 办理操作
         * @enum {string}
         */
        SubsidyCommand: "start-review" | "record-home-visit" | "post-notice" | "raise-objection" | "resolve-objection" | "close-notice" | "approve" | "suspend" | "resume" | "end" | "reject" | "withdraw" | "report-work" | "record-review" | "hand-over" | "record-repayment";
        /**
         * @description 补助形式
         * @enum {string}
         */
        SubsidyForm: "cash" | "in-kind" | "loan";
        SubsidyNoticeBoard: {
            community: string;
            rounds: {
                round: number;
                title: string;
                entries: components["schemas"]["SubsidyNoticeEntry"][];
            }[];
        };
        SubsidyNoticeEntry: {
            programme: string;
            programmeName: string;
            applicantName: string;
            /** @description 身份证号仅显示前 6 位和后 4 位 */
            applicantIdMasked: string;
            householdSize?: number;
            /** @description 拟发放的月（次）金额 */
            amountYuan?: number;
            postedOn: string;
            /** @description 公示期最后一天 */
            lastDay: string;
            /** @description 本榜已登记的异议数 */
            objections: number;
        };
        /**
         * @description 发放周期
         * @enum {string}
         */
        SubsidyPeriod: "monthly" | "yearly" | "one-off";
        /**
         * @description 补助项目
         * @enum {string}
         */
        SubsidyProgrammeCode: "dibao" | "price-subsidy" | "severe-disability-allowance" | "mental-medication" | "temporary-relief" | "serious-illness-relief" | "reemployment-subsidy" | "low-rent-housing" | "aid-wheelchair" | "aid-crutches" | "aid-hearing" | "assistive-devices" | "cataract-surgery" | "disabled-insurance" | "happiness-project";
        /**
         * @description 办理步骤
         * @enum {string}
         */
        SubsidyStep: "submit" | "start-review" | "record-home-visit" | "post-notice" | "raise-objection" | "resolve-objection" | "close-notice" | "approve" | "suspend" | "resume" | "end" | "reject" | "withdraw" | "report-work" | "record-review" | "hand-over" | "record-repayment" | "expire";
        TrainingPlan: {
            id: string;
            baseId: string;
            area: string;
            year: number;
            title: string;
            content: string;
            /** Format: date */
            startsOn: string;
            /** Format: date */
            endsOn?: string;
            location?: string;
            plannedTrainees: number;
            /** Format: date */
            filedOn: string;
            filedBy: string;
        };
        TrainingPlanPage: {
            items: components["schemas"]["TrainingPlan"][];
            /** @description 下一页的 cursor；没有下一页时不返回 */
            cursor?: string;
        };
        /**
         * @description 培训工种
         * @enum {string}
         */
        TrainingTrade: "electrician" | "property-management" | "elder-carer" | "infant-carer";
        Unit: {
            id: string;
            name: string;
            kind: components["schemas"]["UnitKind"];
            kindLabel: string;
            /** @description 所在社区或网格 */
            area: string;
            address?: string;
            contactName?: string;
            /** @description 脱敏显示，如 138****5678 */
            contactPhone?: string;
            /** @description 共建互助联合会：pending 申请待审议；member 会员 */
            mutualAid?: components["schemas"]["MutualAidMembership"];
            memberSince?: string;
            version: number;
            createdAt: string;
            updatedAt?: string;
        };
        /**
         * @description 单位类型
         * @enum {string}
         */
        UnitKind: "agency" | "enterprise" | "school" | "hospital" | "social-organization" | "other";
        UnitPage: {
            items: components["schemas"]["Unit"][];
            /** @description 下一页的 cursor；没有下一页时不返回 */
            cursor?: string;
        };
        Visit: {
            id: string;
            personId: string;
            area: string;
            /** Format: date */
            visitedOn: string;
            kind: components["schemas"]["VisitKind"];
            findings: string;
            needs?: string[];
            followUp?: string;
            /** @description 走访人的用户编号 */
            visitor: string;
            visitorName?: string;
            recordedAt: string;
        };
        /**
         * @description 走访周期
         * @enum {string}
         */
        VisitFrequency: "week" | "month" | "quarter";
        /**
         * @description 走访类型
         * @enum {string}
         */
        VisitKind: "routine" | "medication-card" | "left-behind" | "hardship" | "disability" | "other";
        VisitPage: {
            items: components["schemas"]["Visit"][];
            /** @description 下一页的 cursor；没有下一页时不返回 */
            cursor?: string;
        };
        VisitPlan: {
            personId: string;
            area: string;
            kind: components["schemas"]["VisitKind"];
            every: components["schemas"]["VisitFrequency"];
            assignedTo: string;
            assignedToName?: string;
            /** Format: date */
            startOn: string;
            /**
             * Format: date
             * @description 下次应走访日期；记录同类走访后自动顺延
             */
            nextDue: string;
            /**
             * Format: date
             * @description 已按此应走访日期发出逾期提醒
             */
            overdueReportedFor?: string;
            version: number;
            updatedAt: string;
        };
        Volunteer: {
            volunteerId: string;
            personId?: string;
            name: string;
            community: string;
            skills: components["schemas"]["VolunteerSkill"][];
            skillLabels: string[];
            otherSkills?: string;
            availability: {
                weekdays: components["schemas"]["VolunteerWeekday"][];
                slots: components["schemas"]["VolunteerTimeSlot"][];
                note?: string;
            };
            status: components["schemas"]["VolunteerStatus"];
            selfRegistered: boolean;
            registeredAt: string;
            decidedAt?: string;
            rejectReason?: string;
            teamIds?: string[];
            version: number;
        };
        VolunteerHoursEntry: {
            /** @description 审核时使用的时长记录编号 */
            entryId: string;
            volunteerId: string;
            hours: number;
            source: components["schemas"]["VolunteerHoursSource"];
            activityId?: string;
            logId?: string;
            community: string;
            month: string;
            date: string;
            status: components["schemas"]["VolunteerHoursStatus"];
            what?: string;
            reviewedBy?: string;
            reviewedAt?: string;
            rejectReason?: string;
        };
        /**
         * @description 时长来源
         * @enum {string}
         */
        VolunteerHoursSource: "activity" | "self";
        /**
         * @description 审核状态
         * @enum {string}
         */
        VolunteerHoursStatus: "pending" | "approved" | "rejected";
        VolunteerPage: {
            items: components["schemas"]["Volunteer"][];
            /** @description 下一页的 cursor；没有下一页时不返回 */
            cursor?: string;
        };
        /**
         * @description 技能（调查表中的选项）
         * @enum {string}
         */
        VolunteerSkill: "medical" | "elder-care" | "child-care" | "tutoring" | "legal" | "psychology" | "electrician" | "repair" | "computer" | "photography" | "writing" | "calligraphy" | "music" | "dance" | "sports" | "cooking" | "haircut" | "sign-language" | "translation" | "driving" | "patrol" | "first-aid";
        /**
         * @description 志愿者状态
         * @enum {string}
         */
        VolunteerStatus: "pending" | "approved" | "rejected";
        VolunteerTeam: {
            teamId: string;
            community: string;
            kind: components["schemas"]["VolunteerTeamKind"];
            kindLabel: string;
            name: string;
            description?: string;
            leaderIds: string[];
            buildings?: string[];
            createdAt: string;
            updatedAt: string;
            version: number;
        };
        /**
         * @description 队伍类型
         * @enum {string}
         */
        VolunteerTeamKind: "party-patrol" | "youth" | "elderly" | "women" | "science" | "culture" | "vanguard";
        /**
         * @description 时段
         * @enum {string}
         */
        VolunteerTimeSlot: "morning" | "afternoon" | "evening";
        /**
         * @description 星期
         * @enum {string}
         */
        VolunteerWeekday: "mon" | "tue" | "wed" | "thu" | "fri" | "sat" | "sun";
        Wish: {
            id: string;
            area: string;
            /** @description 工作人员看到姓名，其他人看到“某小朋友” */
            child: string;
            /** @description 仅工作人员可见 */
            childId?: string;
            childAge: number;
            title: string;
            description: string;
            /** Format: date */
            deadline: string;
            /** @description 认领到期未实现的心愿显示为 open */
            status: components["schemas"]["MicroWishStatus"];
            claim?: {
                name?: string;
                /** @description 仅工作人员和认领人本人可见 */
                contact?: string;
                /** Format: date */
                claimedOn: string;
                /** Format: date */
                claimedUntil: string;
                mine: boolean;
            };
            fulfilment?: {
                photoKey: string;
                note?: string;
                /** Format: date */
                fulfilledOn: string;
            };
            cancelReason?: string;
            /** @description 到期未实现而退回心愿池的次数 */
            lapsedClaims: number;
            version: number;
        };
        WishPage: {
            items: components["schemas"]["Wish"][];
            /** @description 下一页的 cursor；没有下一页时不返回 */
            cursor?: string;
        };
    };
    responses: {
        /** @description 请求格式错误（invalid-cursor） */
        BadRequestCursor: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description 请求格式错误（invalid-idempotency-key） */
        BadRequestIdempotencyKey: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description 请求格式错误（malformed-json、missing-body） */
        BadRequestJson: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description 请求格式错误（malformed-json、missing-body、invalid-idempotency-key） */
        BadRequestJsonIdempotencyKey: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description 操作冲突：与已有数据冲突，或记录已被他人修改（concurrent-modification） */
        Conflict: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description 操作冲突：与已有数据冲突，或记录已被他人修改（concurrent-modification）；同一幂等键的请求仍在处理中（request-in-progress） */
        ConflictOrInProgress: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description 无权访问：角色不允许调用本接口，或记录不在令牌 areas 管辖范围内（forbidden） */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description 服务器内部错误（internal-error），请稍后重试；如持续出现请联系管理员并提供 instance 中的请求编号 */
        InternalError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description 记录不存在（not-found） */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description 未登录：缺少访问令牌或令牌无效、已过期（unauthorized） */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description 数据校验未通过（validation-failed），errors 逐字段说明 */
        ValidationFailed: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description 数据校验未通过（validation-failed），errors 逐字段说明；幂等键已用于另一个不同的请求（idempotency-key-reused） */
        ValidationFailedOrKeyReused: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
    };
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listPersons: {
        parameters: {
            query: {
                /** @description 地区代码：区 6 位、街道 9 位、社区 12 位，或网格如 350203006029-03 */
                area: string;
                /** @description 按姓名或名称的开头筛选 */
                name?: string;
                /** @description 每页条数（1–100，默认 20） */
                limit?: number;
                /** @description 上一页返回的 cursor；取第一页时不传 */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 一页人员；有下一页时返回 cursor */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PersonPage"];
                };
            };
            400: components["responses"]["BadRequestCursor"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    registerPerson: {
        parameters: {
            query?: never;
            header?: {
                /** @description 幂等键（8–128 位字母、数字、下划线或连字符）。网络重试时带上同一个键，服务端返回第一次的结果而不会重复办理；同一个键用于不同的请求会被拒绝（422）。 */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    citizenId: string;
                    phone?: string;
                    residence: components["schemas"]["ResidenceStatus"];
                    migrant?: {
                        origin: string;
                        /** Format: date */
                        arrivalDate: string;
                    };
                    /** @description 地区代码：区 6 位、街道 9 位、社区 12 位，或网格如 350203006029-03 */
                    area: string;
                    building?: string;
                    room?: string;
                };
            };
        };
        responses: {
            /** @description 已登记，返回脱敏后的人员信息 */
            201: {
                headers: {
                    /** @description 值为 true 时表示这是用同一幂等键重试得到的第一次结果 */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Person"];
                };
            };
            400: components["responses"]["BadRequestJsonIdempotencyKey"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["ConflictOrInProgress"];
            422: components["responses"]["ValidationFailedOrKeyReused"];
            500: components["responses"]["InternalError"];
        };
    };
    searchPersons: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    citizenId?: string;
                    phone?: string;
                };
            };
        };
        responses: {
            /** @description 匹配的人员（可能为空） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Person"][];
                    };
                };
            };
            400: components["responses"]["BadRequestJson"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    exportPersons: {
        parameters: {
            query: {
                /** @description 地区代码：区 6 位、街道 9 位、社区 12 位，或网格如 350203006029-03 */
                area: string;
                /** @description 按姓名或名称的开头筛选 */
                name?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Excel 文件 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    getPerson: {
        parameters: {
            query?: {
                /** @description true 时返回完整证件号和电话（须有权限，并记入审计） */
                reveal?: "true" | "false";
            };
            header?: never;
            path: {
                /** @description 人员编号 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 人员信息 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Person"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    updatePerson: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 人员编号 */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description 上次读取时的版本号；期间被他人修改则返回 409 */
                    version: number;
                    name?: string;
                    /** @description null 表示删除电话 */
                    phone?: string | null;
                    residence?: components["schemas"]["ResidenceStatus"];
                    migrant?: {
                        origin: string;
                        /** Format: date */
                        arrivalDate: string;
                    } | null;
                    building?: string | null;
                    room?: string | null;
                    citizenId?: unknown;
                    area?: unknown;
                };
            };
        };
        responses: {
            /** @description 修改后的人员信息（脱敏） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Person"];
                };
            };
            400: components["responses"]["BadRequestJson"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    movePerson: {
        parameters: {
            query?: never;
            header?: {
                /** @description 幂等键（8–128 位字母、数字、下划线或连字符）。网络重试时带上同一个键，服务端返回第一次的结果而不会重复办理；同一个键用于不同的请求会被拒绝（422）。 */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description 人员编号 */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description 迁入的本区社区（12 位）或网格代码 */
                    area: string;
                    building?: string;
                    room?: string;
                    /** Format: date */
                    date: string;
                    reason: string;
                    /** @description 上次读取时的版本号；期间被他人修改则返回 409 */
                    version: number;
                };
            };
        };
        responses: {
            /** @description 迁移后的人员信息（脱敏） */
            200: {
                headers: {
                    /** @description 值为 true 时表示这是用同一幂等键重试得到的第一次结果 */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Person"];
                };
            };
            400: components["responses"]["BadRequestJsonIdempotencyKey"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["ConflictOrInProgress"];
            422: components["responses"]["ValidationFailedOrKeyReused"];
            500: components["responses"]["InternalError"];
        };
    };
    movePersonOut: {
        parameters: {
            query?: never;
            header?: {
                /** @description 幂等键（8–128 位字母、数字、下划线或连字符）。网络重试时带上同一个键，服务端返回第一次的结果而不会重复办理；同一个键用于不同的请求会被拒绝（422）。 */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description 人员编号 */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: date */
                    date: string;
                    destination: string;
                    reason: string;
                    /** @description 上次读取时的版本号；期间被他人修改则返回 409 */
                    version: number;
                };
            };
        };
        responses: {
            /** @description 迁出后的人员信息（脱敏） */
            200: {
                headers: {
                    /** @description 值为 true 时表示这是用同一幂等键重试得到的第一次结果 */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Person"];
                };
            };
            400: components["responses"]["BadRequestJsonIdempotencyKey"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["ConflictOrInProgress"];
            422: components["responses"]["ValidationFailedOrKeyReused"];
            500: components["responses"]["InternalError"];
        };
    };
    recordPersonDeath: {
        parameters: {
            query?: never;
            header?: {
                /** @description 幂等键（8–128 位字母、数字、下划线或连字符）。网络重试时带上同一个键，服务端返回第一次的结果而不会重复办理；同一个键用于不同的请求会被拒绝（422）。 */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description 人员编号 */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: date */
                    dateOfDeath: string;
                    placeOfDeath?: string;
                    cause?: string;
                    burial?: {
                        method: components["schemas"]["BurialMethod"];
                        place?: string;
                        /** Format: date */
                        date?: string;
                    };
                    /** @description 登记依据，如“家属申报，凭死亡医学证明” */
                    reason: string;
                    /** @description 上次读取时的版本号；期间被他人修改则返回 409 */
                    version: number;
                };
            };
        };
        responses: {
            /** @description 登记后的人员信息（脱敏） */
            200: {
                headers: {
                    /** @description 值为 true 时表示这是用同一幂等键重试得到的第一次结果 */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Person"];
                };
            };
            400: components["responses"]["BadRequestJsonIdempotencyKey"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["ConflictOrInProgress"];
            422: components["responses"]["ValidationFailedOrKeyReused"];
            500: components["responses"]["InternalError"];
        };
    };
    correctPersonCitizenId: {
        parameters: {
            query?: never;
            header?: {
                /** @description 幂等键（8–128 位字母、数字、下划线或连字符）。网络重试时带上同一个键，服务端返回第一次的结果而不会重复办理；同一个键用于不同的请求会被拒绝（422）。 */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description 人员编号 */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    citizenId: string;
                    reason: string;
                    /** @description 上次读取时的版本号；期间被他人修改则返回 409 */
                    version: number;
                };
            };
        };
        responses: {
            /** @description 更正后的人员信息（脱敏） */
            200: {
                headers: {
                    /** @description 值为 true 时表示这是用同一幂等键重试得到的第一次结果 */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Person"];
                };
            };
            400: components["responses"]["BadRequestJsonIdempotencyKey"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["ConflictOrInProgress"];
            422: components["responses"]["ValidationFailedOrKeyReused"];
            500: components["responses"]["InternalError"];
        };
    };
    listPersonAudit: {
        parameters: {
            query?: {
                /** @description 每页条数（1–100，默认 50） */
                limit?: number;
                /** @description 上一页返回的 cursor；取第一页时不传 */
                cursor?: string;
            };
            header?: never;
            path: {
                /** @description 人员编号 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 一页审计记录；有下一页时返回 cursor */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditEntryPage"];
                };
            };
            400: components["responses"]["BadRequestCursor"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    listDeathLedger: {
        parameters: {
            query: {
                /** @description 地区代码：区 6 位、街道 9 位、社区 12 位，或网格如 350203006029-03 */
                area: string;
                /** @description 起始日期（含），YYYY-MM-DD */
                from?: string;
                /** @description 截止日期（含），YYYY-MM-DD */
                to?: string;
                /** @description 每页条数（1–100，默认 50） */
                limit?: number;
                /** @description 上一页返回的 cursor；取第一页时不传 */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 一页台帐；有下一页时返回 cursor */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeathRecordPage"];
                };
            };
            400: components["responses"]["BadRequestCursor"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    listHouseholds: {
        parameters: {
            query: {
                /** @description 地区代码：区 6 位、街道 9 位、社区 12 位，或网格如 350203006029-03 */
                area: string;
                /** @description 每页条数（1–100，默认 20） */
                limit?: number;
                /** @description 上一页返回的 cursor；取第一页时不传 */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 一页户；有下一页时返回 cursor */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HouseholdSummaryPage"];
                };
            };
            400: components["responses"]["BadRequestCursor"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    createHousehold: {
        parameters: {
            query?: never;
            header?: {
                /** @description 幂等键（8–128 位字母、数字、下划线或连字符）。网络重试时带上同一个键，服务端返回第一次的结果而不会重复办理；同一个键用于不同的请求会被拒绝（422）。 */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description 地区代码：区 6 位、街道 9 位、社区 12 位，或网格如 350203006029-03 */
                    area: string;
                    address?: string;
                    headPersonId: string;
                    /** @description 家庭人均月收入，元/月，精确到分 */
                    perCapitaIncome?: number;
                    /** @description 住房困难情况；默认 none（无） */
                    housingHardship?: {
                        kind: components["schemas"]["HousingHardshipKind"];
                        note?: string;
                    };
                };
            };
        };
        responses: {
            /** @description 已建户，返回户及成员 */
            201: {
                headers: {
                    /** @description 值为 true 时表示这是用同一幂等键重试得到的第一次结果 */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Household"];
                };
            };
            400: components["responses"]["BadRequestJsonIdempotencyKey"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["ConflictOrInProgress"];
            422: components["responses"]["ValidationFailedOrKeyReused"];
            500: components["responses"]["InternalError"];
        };
    };
    getHousehold: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 户编号 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 户及成员 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Household"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    updateHousehold: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 户编号 */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description null 表示清除 */
                    address?: string | null;
                    /** @description 家庭人均月收入，元/月；null 表示清除（尚未核定） */
                    perCapitaIncome?: number | null;
                    housingHardship?: {
                        kind: components["schemas"]["HousingHardshipKind"];
                        note?: string;
                    };
                    /** @description 上次读取时的版本号；期间被他人修改则返回 409 */
                    version: number;
                };
            };
        };
        responses: {
            /** @description 修改后的户 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Household"];
                };
            };
            400: components["responses"]["BadRequestJson"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    getPersonHousehold: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 人员编号 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 人员所在的户，不属于任何户时为 null */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PersonHousehold"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    addHouseholdMember: {
        parameters: {
            query?: never;
            header?: {
                /** @description 幂等键（8–128 位字母、数字、下划线或连字符）。网络重试时带上同一个键，服务端返回第一次的结果而不会重复办理；同一个键用于不同的请求会被拒绝（422）。 */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description 户编号 */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    personId: string;
                    /** @enum {string} */
                    relationship: "spouse" | "child" | "parent" | "grandparent" | "grandchild" | "sibling" | "other";
                    /** @description 上次读取时的版本号；期间被他人修改则返回 409 */
                    version: number;
                };
            };
        };
        responses: {
            /** @description 添加后的户 */
            201: {
                headers: {
                    /** @description 值为 true 时表示这是用同一幂等键重试得到的第一次结果 */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Household"];
                };
            };
            400: components["responses"]["BadRequestJsonIdempotencyKey"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["ConflictOrInProgress"];
            422: components["responses"]["ValidationFailedOrKeyReused"];
            500: components["responses"]["InternalError"];
        };
    };
    removeHouseholdMember: {
        parameters: {
            query: {
                /** @description 上次读取时的版本号；期间被他人修改则返回 409 */
                version: number;
            };
            header?: never;
            path: {
                /** @description 户编号 */
                id: string;
                /** @description 人员编号 */
                personId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 移出后的户 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Household"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    changeHouseholdHead: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 户编号 */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    personId: string;
                    /** @description 其他每名成员（含原户主）与新户主的关系，键为人员编号 */
                    relationships: {
                        [key: string]: "spouse" | "child" | "parent" | "grandparent" | "grandchild" | "sibling" | "other";
                    };
                    /** @description 上次读取时的版本号；期间被他人修改则返回 409 */
                    version: number;
                };
            };
        };
        responses: {
            /** @description 变更后的户 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Household"];
                };
            };
            400: components["responses"]["BadRequestJson"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    listGroupCatalogue: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 全部群体，登记认定的在前 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["GroupCatalogueEntry"][];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["InternalError"];
        };
    };
    setGroupMembership: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 人员编号 */
                id: string;
                /** @description 群体 */
                group: components["schemas"]["GroupCode"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description 按群体不同，见接口说明 */
                    attributes: {
                        [key: string]: unknown;
                    };
                    /** @description 上次读取时的版本号；期间被他人修改则返回 409 */
                    version?: number;
                };
            };
        };
        responses: {
            /** @description 纳入（201）或调整后的群体属性 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GroupMembership"];
                };
            };
            400: components["responses"]["BadRequestJson"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    leaveGroup: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 人员编号 */
                id: string;
                /** @description 群体 */
                group: components["schemas"]["GroupCode"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason: string;
                    /** @description 上次读取时的版本号；期间被他人修改则返回 409 */
                    version?: number;
                };
            };
        };
        responses: {
            /** @description 已退出 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        personId: string;
                        group: string;
                        label: string;
                        leftAt: string;
                    };
                };
            };
            400: components["responses"]["BadRequestJson"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    listPersonGroups: {
        parameters: {
            query?: {
                /** @description true 时返回完整证件号和电话（须有权限，并记入审计） */
                reveal?: "true" | "false";
            };
            header?: never;
            path: {
                /** @description 人员编号 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 群体、推算群体和变更历史（从早到晚） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        personId: string;
                        memberships: components["schemas"]["GroupMembership"][];
                        derived: {
                            group: string;
                            label: string;
                        }[];
                        history: components["schemas"]["GroupMembershipChange"][];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    listGroupMembers: {
        parameters: {
            query: {
                /** @description 地区代码：区 6 位、街道 9 位、社区 12 位，或网格如 350203006029-03 */
                area: string;
                /** @description 类别 */
                category?: string;
                /** @description 按残疾等级（1–4，一级最重）筛选 */
                grade?: number;
                /** @description 每页条数（1–100，默认 20） */
                limit?: number;
                /** @description 上一页返回的 cursor；取第一页时不传 */
                cursor?: string;
            };
            header?: never;
            path: {
                /** @description 群体 */
                group: components["schemas"]["AnyGroupCode"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 一页成员；有下一页时返回 cursor */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GroupMemberPage"];
                };
            };
            400: components["responses"]["BadRequestCursor"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    exportGroupMembers: {
        parameters: {
            query: {
                /** @description 地区代码：区 6 位、街道 9 位、社区 12 位，或网格如 350203006029-03 */
                area: string;
                /** @description 类别 */
                category?: string;
                /** @description 按残疾等级（1–4，一级最重）筛选 */
                grade?: number;
            };
            header?: never;
            path: {
                /** @description 群体 */
                group: components["schemas"]["AnyGroupCode"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Excel 文件 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    countGroupMembers: {
        parameters: {
            query: {
                /** @description 地区代码：区 6 位、街道 9 位、社区 12 位，或网格如 350203006029-03 */
                area: string;
            };
            header?: never;
            path: {
                /** @description 群体 */
                group: components["schemas"]["AnyGroupCode"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 人数合计及分类 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        group: string;
                        label: string;
                        area: string;
                        total: number;
                        byCategory?: {
                            [key: string]: number;
                        };
                        byGrade?: {
                            [key: string]: number;
                        };
                        byAgeBand?: {
                            [key: string]: number;
                        };
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    getArea: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 地区代码：区 6 位、街道 9 位、社区 12 位，或网格如 350203006029-03 */
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 地区及其直接下级（按代码排序） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Area"];
                };
            };
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    listGrids: {
        parameters: {
            query?: {
                /** @description 每页条数（1–100，默认 20） */
                limit?: number;
                /** @description 上一页返回的 cursor；取第一页时不传 */
                cursor?: string;
            };
            header?: never;
            path: {
                /** @description 社区代码（12 位），如 350203006029 */
                community: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 一页网格；有下一页时返回 cursor */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GridPage"];
                };
            };
            400: components["responses"]["BadRequestCursor"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    defineGrid: {
        parameters: {
            query?: never;
            header?: {
                /** @description 幂等键（8–128 位字母、数字、下划线或连字符）。网络重试时带上同一个键，服务端返回第一次的结果而不会重复办理；同一个键用于不同的请求会被拒绝（422）。 */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description 社区代码（12 位），如 350203006029 */
                community: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    number: number;
                    /** @description 缺省为“第N网格” */
                    name?: string;
                    focus: components["schemas"]["GridFocus"];
                    leaderName?: string;
                    leaderPhone?: string;
                };
            };
        };
        responses: {
            /** @description 已设立的网格 */
            201: {
                headers: {
                    /** @description 值为 true 时表示这是用同一幂等键重试得到的第一次结果 */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Grid"];
                };
            };
            400: components["responses"]["BadRequestJsonIdempotencyKey"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["ConflictOrInProgress"];
            422: components["responses"]["ValidationFailedOrKeyReused"];
            500: components["responses"]["InternalError"];
        };
    };
    updateGrid: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 社区代码（12 位），如 350203006029 */
                community: string;
                /** @description 网格序号（1–99） */
                number: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description 上次读取时的版本号；期间被他人修改则返回 409 */
                    version: number;
                    name?: string;
                    focus?: components["schemas"]["GridFocus"];
                    leaderName?: string | null;
                    leaderPhone?: string | null;
                };
            };
        };
        responses: {
            /** @description 修改后的网格 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Grid"];
                };
            };
            400: components["responses"]["BadRequestJson"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    listBuildings: {
        parameters: {
            query?: {
                /** @description 网格代码，如 350203006029-03 */
                grid?: string;
                /** @description 每页条数（1–100，默认 20） */
                limit?: number;
                /** @description 上一页返回的 cursor；取第一页时不传 */
                cursor?: string;
            };
            header?: never;
            path: {
                /** @description 社区代码（12 位），如 350203006029 */
                community: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 一页楼栋；有下一页时返回 cursor */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BuildingPage"];
                };
            };
            400: components["responses"]["BadRequestCursor"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    createBuilding: {
        parameters: {
            query?: never;
            header?: {
                /** @description 幂等键（8–128 位字母、数字、下划线或连字符）。网络重试时带上同一个键，服务端返回第一次的结果而不会重复办理；同一个键用于不同的请求会被拒绝（422）。 */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description 社区代码（12 位），如 350203006029 */
                community: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description 社区内唯一，如“3号楼” */
                    name: string;
                    /** @description 所属网格，须为本社区已设立的网格 */
                    grid?: string;
                    floors?: number;
                    households?: number;
                    address?: string;
                };
            };
        };
        responses: {
            /** @description 已登记的楼栋 */
            201: {
                headers: {
                    /** @description 值为 true 时表示这是用同一幂等键重试得到的第一次结果 */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Building"];
                };
            };
            400: components["responses"]["BadRequestJsonIdempotencyKey"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["ConflictOrInProgress"];
            422: components["responses"]["ValidationFailedOrKeyReused"];
            500: components["responses"]["InternalError"];
        };
    };
    updateBuilding: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 社区代码（12 位），如 350203006029 */
                community: string;
                /** @description 楼栋编号 */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description 上次读取时的版本号；期间被他人修改则返回 409 */
                    version: number;
                    name?: string;
                    grid?: string | null;
                    floors?: number | null;
                    households?: number | null;
                    address?: string | null;
                };
            };
        };
        responses: {
            /** @description 修改后的楼栋 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Building"];
                };
            };
            400: components["responses"]["BadRequestJson"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    listFacilities: {
        parameters: {
            query?: {
                /** @description 设施类型 */
                kind?: components["schemas"]["FacilityKind"];
                /** @description 所属上级设施的编号 */
                parentId?: string;
                /** @description 每页条数（1–100，默认 20） */
                limit?: number;
                /** @description 上一页返回的 cursor；取第一页时不传 */
                cursor?: string;
            };
            header?: never;
            path: {
                /** @description 社区代码（12 位），如 350203006029 */
                community: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 一页设施；有下一页时返回 cursor */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FacilityPage"];
                };
            };
            400: components["responses"]["BadRequestCursor"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    createFacility: {
        parameters: {
            query?: never;
            header?: {
                /** @description 幂等键（8–128 位字母、数字、下划线或连字符）。网络重试时带上同一个键，服务端返回第一次的结果而不会重复办理；同一个键用于不同的请求会被拒绝（422）。 */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description 社区代码（12 位），如 350203006029 */
                community: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    kind: components["schemas"]["FacilityKind"];
                    name: string;
                    /** @description 仅服务站需要：所属银龄幸福之家的编号 */
                    parentId?: string;
                    address?: string;
                    openHours?: string;
                    description?: string;
                };
            };
        };
        responses: {
            /** @description 已登记的设施 */
            201: {
                headers: {
                    /** @description 值为 true 时表示这是用同一幂等键重试得到的第一次结果 */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Facility"];
                };
            };
            400: components["responses"]["BadRequestJsonIdempotencyKey"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["ConflictOrInProgress"];
            422: components["responses"]["ValidationFailedOrKeyReused"];
            500: components["responses"]["InternalError"];
        };
    };
    updateFacility: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 社区代码（12 位），如 350203006029 */
                community: string;
                /** @description 设施编号 */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description 上次读取时的版本号；期间被他人修改则返回 409 */
                    version: number;
                    name?: string;
                    address?: string | null;
                    openHours?: string | null;
                    description?: string | null;
                };
            };
        };
        responses: {
            /** @description 修改后的设施 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Facility"];
                };
            };
            400: components["responses"]["BadRequestJson"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    getOfficeHours: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 社区代码（12 位），如 350203006029 */
                community: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 社区办公时间 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OfficeHours"];
                };
            };
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    setOfficeHours: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 社区代码（12 位），如 350203006029 */
                community: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description 1 = 周一 … 7 = 周日 */
                    openDays: number[];
                    /** @description 如 08:30–12:00、14:30–17:30 */
                    periods: {
                        from: string;
                        to: string;
                    }[];
                    /**
                     * @description 生殖健康服务证、独生子女证、流动人口婚育证的固定办理日（通常每周 3 天），须是办公日
                     * @default []
                     */
                    certificateOfficeDays?: number[];
                    note?: string;
                    /** @description 首次设置时不填；修改时填上次读取的版本号 */
                    version?: number;
                };
            };
        };
        responses: {
            /** @description 设置后的办公时间 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OfficeHours"];
                };
            };
            400: components["responses"]["BadRequestJson"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    listUnits: {
        parameters: {
            query: {
                /** @description 地区代码：区 6 位、街道 9 位、社区 12 位，或网格如 350203006029-03；只返回该地区内的记录 */
                area: string;
                /** @description 单位类型 */
                kind?: components["schemas"]["UnitKind"];
                /** @description 按姓名或名称的开头筛选 */
                name?: string;
                /** @description 每页条数（1–100，默认 20） */
                limit?: number;
                /** @description 上一页返回的 cursor；取第一页时不传 */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 一页单位；有下一页时返回 cursor */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnitPage"];
                };
            };
            400: components["responses"]["BadRequestCursor"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    registerUnit: {
        parameters: {
            query?: never;
            header?: {
                /** @description 幂等键（8–128 位字母、数字、下划线或连字符）。网络重试时带上同一个键，服务端返回第一次的结果而不会重复办理；同一个键用于不同的请求会被拒绝（422）。 */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description 社区内唯一 */
                    name: string;
                    kind: components["schemas"]["UnitKind"];
                    area: string;
                    address?: string;
                    contactName?: string;
                    contactPhone?: string;
                };
            };
        };
        responses: {
            /** @description 已登记的单位 */
            201: {
                headers: {
                    /** @description 值为 true 时表示这是用同一幂等键重试得到的第一次结果 */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Unit"];
                };
            };
            400: components["responses"]["BadRequestJsonIdempotencyKey"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["ConflictOrInProgress"];
            422: components["responses"]["ValidationFailedOrKeyReused"];
            500: components["responses"]["InternalError"];
        };
    };
    getUnit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 单位编号 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 单位信息（联系人电话脱敏） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Unit"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    updateUnit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 单位编号 */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description 上次读取时的版本号；期间被他人修改则返回 409 */
                    version: number;
                    name?: string;
                    kind?: components["schemas"]["UnitKind"];
                    /** @description 只能在本社区内调整网格；迁往其他社区请重新登记 */
                    area?: string;
                    address?: string | null;
                    contactName?: string | null;
                    contactPhone?: string | null;
                };
            };
        };
        responses: {
            /** @description 修改后的单位 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Unit"];
                };
            };
            400: components["responses"]["BadRequestJson"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    listAgreements: {
        parameters: {
            query?: {
                /** @description 每页条数（1–100，默认 20） */
                limit?: number;
                /** @description 上一页返回的 cursor；取第一页时不传 */
                cursor?: string;
            };
            header?: never;
            path: {
                /** @description 单位编号 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 一页协议；有下一页时返回 cursor */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CoBuildingAgreementPage"];
                };
            };
            400: components["responses"]["BadRequestCursor"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    signAgreement: {
        parameters: {
            query?: never;
            header?: {
                /** @description 幂等键（8–128 位字母、数字、下划线或连字符）。网络重试时带上同一个键，服务端返回第一次的结果而不会重复办理；同一个键用于不同的请求会被拒绝（422）。 */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description 单位编号 */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: date */
                    signedOn: string;
                    /** Format: date */
                    validUntil: string;
                    /** @default {} */
                    commitments?: {
                        /** @description 每年提供的就业岗位数 */
                        jobOpenings?: number;
                        /** @description 每季度开设的特色课程数 */
                        featureCoursesPerQuarter?: number;
                        /** @description 向社区开放的场地 */
                        venues?: string[];
                    };
                };
            };
        };
        responses: {
            /** @description 已登记的协议 */
            201: {
                headers: {
                    /** @description 值为 true 时表示这是用同一幂等键重试得到的第一次结果 */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CoBuildingAgreement"];
                };
            };
            400: components["responses"]["BadRequestJsonIdempotencyKey"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["ConflictOrInProgress"];
            422: components["responses"]["ValidationFailedOrKeyReused"];
            500: components["responses"]["InternalError"];
        };
    };
    listMutualAidApplications: {
        parameters: {
            query: {
                /** @description 社区代码 */
                area: string;
                /** @description 状态 */
                status?: components["schemas"]["MutualAidApplicationStatus"];
                /** @description 每页条数（1–100，默认 20） */
                limit?: number;
                /** @description 上一页返回的 cursor；取第一页时不传 */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 一页申请；有下一页时返回 cursor */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MutualAidApplicationPage"];
                };
            };
            400: components["responses"]["BadRequestCursor"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    applyToMutualAid: {
        parameters: {
            query?: never;
            header?: {
                /** @description 幂等键（8–128 位字母、数字、下划线或连字符）。网络重试时带上同一个键，服务端返回第一次的结果而不会重复办理；同一个键用于不同的请求会被拒绝（422）。 */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    unitId: string;
                    statement: string;
                };
            };
        };
        responses: {
            /** @description 已提交的申请 */
            201: {
                headers: {
                    /** @description 值为 true 时表示这是用同一幂等键重试得到的第一次结果 */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MutualAidApplication"];
                };
            };
            400: components["responses"]["BadRequestJsonIdempotencyKey"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["ConflictOrInProgress"];
            422: components["responses"]["ValidationFailedOrKeyReused"];
            500: components["responses"]["InternalError"];
        };
    };
    decideMutualAidApplication: {
        parameters: {
            query?: never;
            header?: {
                /** @description 幂等键（8–128 位字母、数字、下划线或连字符）。网络重试时带上同一个键，服务端返回第一次的结果而不会重复办理；同一个键用于不同的请求会被拒绝（422）。 */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description 申请编号 */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    decision: "approved" | "rejected";
                    reason: string;
                    /** @description 上次读取时的版本号；期间被他人修改则返回 409 */
                    version: number;
                };
            };
        };
        responses: {
            /** @description 审议后的申请 */
            200: {
                headers: {
                    /** @description 值为 true 时表示这是用同一幂等键重试得到的第一次结果 */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MutualAidApplication"];
                };
            };
            400: components["responses"]["BadRequestJsonIdempotencyKey"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["ConflictOrInProgress"];
            422: components["responses"]["ValidationFailedOrKeyReused"];
            500: components["responses"]["InternalError"];
        };
    };
    listMutualAidMembers: {
        parameters: {
            query: {
                /** @description 社区代码 */
                area: string;
                /** @description 每页条数（1–100，默认 20） */
                limit?: number;
                /** @description 上一页返回的 cursor；取第一页时不传 */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 一页会员单位；有下一页时返回 cursor */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnitPage"];
                };
            };
            400: components["responses"]["BadRequestCursor"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    listMutualAidOffers: {
        parameters: {
            query: {
                /** @description 社区代码 */
                area: string;
                /** @description 类型 */
                kind?: components["schemas"]["MutualAidOfferKind"];
                /** @description 每页条数（1–100，默认 20） */
                limit?: number;
                /** @description 上一页返回的 cursor；取第一页时不传 */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 一页资源或需求；有下一页时返回 cursor */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MutualAidOfferPage"];
                };
            };
            400: components["responses"]["BadRequestCursor"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    postMutualAidOffer: {
        parameters: {
            query?: never;
            header?: {
                /** @description 幂等键（8–128 位字母、数字、下划线或连字符）。网络重试时带上同一个键，服务端返回第一次的结果而不会重复办理；同一个键用于不同的请求会被拒绝（422）。 */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    unitId: string;
                    kind: components["schemas"]["MutualAidOfferKind"];
                    title: string;
                    description: string;
                };
            };
        };
        responses: {
            /** @description 已发布的资源或需求 */
            201: {
                headers: {
                    /** @description 值为 true 时表示这是用同一幂等键重试得到的第一次结果 */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MutualAidOffer"];
                };
            };
            400: components["responses"]["BadRequestJsonIdempotencyKey"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["ConflictOrInProgress"];
            422: components["responses"]["ValidationFailedOrKeyReused"];
            500: components["responses"]["InternalError"];
        };
    };
    listMutualAidAwards: {
        parameters: {
            query: {
                /** @description 社区代码 */
                area: string;
                /** @description 年份（四位数字），如 2026 */
                year?: number;
                /** @description 每页条数（1–100，默认 20） */
                limit?: number;
                /** @description 上一页返回的 cursor；取第一页时不传 */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 一页表彰；有下一页时返回 cursor */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MutualAidAwardPage"];
                };
            };
            400: components["responses"]["BadRequestCursor"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    grantMutualAidAward: {
        parameters: {
            query?: never;
            header?: {
                /** @description 幂等键（8–128 位字母、数字、下划线或连字符）。网络重试时带上同一个键，服务端返回第一次的结果而不会重复办理；同一个键用于不同的请求会被拒绝（422）。 */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    year: number;
                    unitId: string;
                    title: string;
                };
            };
        };
        responses: {
            /** @description 已登记的表彰 */
            201: {
                headers: {
                    /** @description 值为 true 时表示这是用同一幂等键重试得到的第一次结果 */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MutualAidAward"];
                };
            };
            400: components["responses"]["BadRequestJsonIdempotencyKey"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["ConflictOrInProgress"];
            422: components["responses"]["ValidationFailedOrKeyReused"];
            500: components["responses"]["InternalError"];
        };
    };
    getLegalAdvisor: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 社区代码（12 位），如 350203006029 */
                community: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 法律顾问联系卡 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LegalAdvisor"];
                };
            };
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    setLegalAdvisor: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 社区代码（12 位），如 350203006029 */
                community: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    firm: string;
                    /** @description 律师的工作电话，将在联系卡上公开 */
                    phone: string;
                    /** @description 如“每周三下午 14:30–17:30 在社区坐班” */
                    serviceHours: string;
                    /** @description 首次设置时不填；修改时填上次读取的版本号 */
                    version?: number;
                };
            };
        };
        responses: {
            /** @description 设置后的法律顾问联系卡 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LegalAdvisor"];
                };
            };
            400: components["responses"]["BadRequestJson"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    listMutualAidActivities: {
        parameters: {
            query: {
                /** @description 社区代码 */
                area: string;
                /** @description 年份（四位数字），如 2026 */
                year?: number;
                /** @description 每页条数（1–100，默认 20） */
                limit?: number;
                /** @description 上一页返回的 cursor；取第一页时不传 */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 一页活动；有下一页时返回 cursor */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MutualAidActivityPage"];
                };
            };
            400: components["responses"]["BadRequestCursor"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    recordMutualAidActivity: {
        parameters: {
            query?: never;
            header?: {
                /** @description 幂等键（8–128 位字母、数字、下划线或连字符）。网络重试时带上同一个键，服务端返回第一次的结果而不会重复办理；同一个键用于不同的请求会被拒绝（422）。 */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description 举办活动的社区 */
                    community: string;
                    title: string;
                    kind: components["schemas"]["MutualAidActivityKind"];
                    /** Format: date */
                    heldOn: string;
                    /** @description 参加活动的辖内单位 */
                    unitIds: string[];
                    note?: string;
                };
            };
        };
        responses: {
            /** @description 已登记的活动 */
            201: {
                headers: {
                    /** @description 值为 true 时表示这是用同一幂等键重试得到的第一次结果 */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MutualAidActivity"];
                };
            };
            400: components["responses"]["BadRequestJsonIdempotencyKey"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["ConflictOrInProgress"];
            422: components["responses"]["ValidationFailedOrKeyReused"];
            500: components["responses"]["InternalError"];
        };
    };
    getMutualAidYear: {
        parameters: {
            query: {
                /** @description 社区代码 */
                area: string;
            };
            header?: never;
            path: {
                /** @description 年份（四位数字），如 2026 */
                year: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 年度情况 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MutualAidYear"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    listLegalAdvisors: {
        parameters: {
            query: {
                /** @description 区、街道或社区代码 */
                area: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 法律顾问包保情况 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LegalAdvisors"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    listVisits: {
        parameters: {
            query?: {
                /** @description 每页条数（1–100，默认 20） */
                limit?: number;
                /** @description 上一页返回的 cursor；取第一页时不传 */
                cursor?: string;
            };
            header?: never;
            path: {
                /** @description 人员编号 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 一页走访记录；有下一页时返回 cursor */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VisitPage"];
                };
            };
            400: components["responses"]["BadRequestCursor"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    recordVisit: {
        parameters: {
            query?: never;
            header?: {
                /** @description 幂等键（8–128 位字母、数字、下划线或连字符）。网络重试时带上同一个键，服务端返回第一次的结果而不会重复办理；同一个键用于不同的请求会被拒绝（422）。 */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description 人员编号 */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: date */
                    visitedOn: string;
                    kind: components["schemas"]["VisitKind"];
                    findings: string;
                    needs?: string[];
                    followUp?: string;
                    visitorName?: string;
                };
            };
        };
        responses: {
            /** @description 已记录的走访 */
            201: {
                headers: {
                    /** @description 值为 true 时表示这是用同一幂等键重试得到的第一次结果 */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Visit"];
                };
            };
            400: components["responses"]["BadRequestJsonIdempotencyKey"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["ConflictOrInProgress"];
            422: components["responses"]["ValidationFailedOrKeyReused"];
            500: components["responses"]["InternalError"];
        };
    };
    setVisitPlan: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 人员编号 */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    kind: components["schemas"]["VisitKind"];
                    every: components["schemas"]["VisitFrequency"];
                    assignedTo: string;
                    assignedToName?: string;
                    /** Format: date */
                    startOn: string;
                    /** @description 修改已有计划时必填：读取到的版本号 */
                    version?: number;
                };
            };
        };
        responses: {
            /** @description 计划（新建时返回 201） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VisitPlan"];
                };
            };
            400: components["responses"]["BadRequestJson"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    listDueVisits: {
        parameters: {
            query: {
                /** @description 地区代码：区 6 位、街道 9 位、社区 12 位，或网格如 350203006029-03 */
                area: string;
                /** @description 列出应走访日期早于此日的计划；默认明天（即含今天） */
                before?: string;
                /** @description 每页条数（1–100，默认 20） */
                limit?: number;
                /** @description 上一页返回的 cursor；取第一页时不传 */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 一页到期的走访计划 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DueVisitPage"];
                };
            };
            400: components["responses"]["BadRequestCursor"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    listMyDueVisits: {
        parameters: {
            query?: {
                /** @description 列出应走访日期早于此日的计划；默认明天（即含今天） */
                before?: string;
                /** @description 每页条数（1–100，默认 20） */
                limit?: number;
                /** @description 上一页返回的 cursor；取第一页时不传 */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 一页到期的走访计划 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DueVisitPage"];
                };
            };
            400: components["responses"]["BadRequestCursor"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    listPersonCertificates: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 人员编号 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 人员当前有效的证件和卡 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PersonCertificates"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    applyForCertificate: {
        parameters: {
            query?: never;
            header?: {
                /** @description 幂等键（8–128 位字母、数字、下划线或连字符）。网络重试时带上同一个键，服务端返回第一次的结果而不会重复办理；同一个键用于不同的请求会被拒绝（422）。 */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description 人员编号 */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    type: components["schemas"]["CertificateType"];
                    details?: {
                        /** @description 一卡通的体检费优惠比例（%），15–25；其他证件不填 */
                        discountPercent?: number;
                        note?: string;
                    };
                };
            };
        };
        responses: {
            /** @description 已受理的申请 */
            201: {
                headers: {
                    /** @description 值为 true 时表示这是用同一幂等键重试得到的第一次结果 */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Certificate"];
                };
            };
            400: components["responses"]["BadRequestJsonIdempotencyKey"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["ConflictOrInProgress"];
            422: components["responses"]["ValidationFailedOrKeyReused"];
            500: components["responses"]["InternalError"];
        };
    };
    getCertificate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 证照编号 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 证件 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Certificate"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    issueCertificate: {
        parameters: {
            query?: never;
            header?: {
                /** @description 幂等键（8–128 位字母、数字、下划线或连字符）。网络重试时带上同一个键，服务端返回第一次的结果而不会重复办理；同一个键用于不同的请求会被拒绝（422）。 */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description 证照编号 */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description 上次读取时的版本号；期间被他人修改则返回 409 */
                    version: number;
                };
            };
        };
        responses: {
            /** @description 已签发的证件 */
            200: {
                headers: {
                    /** @description 值为 true 时表示这是用同一幂等键重试得到的第一次结果 */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Certificate"];
                };
            };
            400: components["responses"]["BadRequestJsonIdempotencyKey"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["ConflictOrInProgress"];
            422: components["responses"]["ValidationFailedOrKeyReused"];
            500: components["responses"]["InternalError"];
        };
    };
    revokeCertificate: {
        parameters: {
            query?: never;
            header?: {
                /** @description 幂等键（8–128 位字母、数字、下划线或连字符）。网络重试时带上同一个键，服务端返回第一次的结果而不会重复办理；同一个键用于不同的请求会被拒绝（422）。 */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description 证照编号 */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason: string;
                    /** @description 上次读取时的版本号；期间被他人修改则返回 409 */
                    version: number;
                };
            };
        };
        responses: {
            /** @description 已作废的证件 */
            200: {
                headers: {
                    /** @description 值为 true 时表示这是用同一幂等键重试得到的第一次结果 */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Certificate"];
                };
            };
            400: components["responses"]["BadRequestJsonIdempotencyKey"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["ConflictOrInProgress"];
            422: components["responses"]["ValidationFailedOrKeyReused"];
            500: components["responses"]["InternalError"];
        };
    };
    listCertificates: {
        parameters: {
            query: {
                /** @description 地区代码：区 6 位、街道 9 位、社区 12 位，或网格如 350203006029-03 */
                area: string;
                /** @description 证照类型 */
                type?: components["schemas"]["CertificateType"];
                /** @description 证照状态 */
                status?: components["schemas"]["CertificateStatus"];
                /** @description 月份（YYYY-MM），如 2026-02 */
                month?: string;
                /** @description 每页条数（1–100，默认 20） */
                limit?: number;
                /** @description 上一页返回的 cursor；取第一页时不传 */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 一页证件；有下一页时返回 cursor */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CertificatePage"];
                };
            };
            400: components["responses"]["BadRequestCursor"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    listArchiveBatches: {
        parameters: {
            query: {
                /** @description 地区代码：区 6 位、街道 9 位、社区 12 位，或网格如 350203006029-03；只返回该地区内的记录 */
                area: string;
                /** @description 每页条数（1–100，默认 20） */
                limit?: number;
                /** @description 上一页返回的 cursor；取第一页时不传 */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 一页档案批次 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ArchiveBatchPage"];
                };
            };
            400: components["responses"]["BadRequestCursor"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    handOverArchiveBatch: {
        parameters: {
            query?: never;
            header?: {
                /** @description 幂等键（8–128 位字母、数字、下划线或连字符）。网络重试时带上同一个键，服务端返回第一次的结果而不会重复办理；同一个键用于不同的请求会被拒绝（422）。 */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description 社区代码（12 位），如 350203006029 */
                    community: string;
                    /** @description 月份（YYYY-MM），如 2026-02 */
                    month: string;
                };
            };
        };
        responses: {
            /** @description 已移交的档案批次 */
            201: {
                headers: {
                    /** @description 值为 true 时表示这是用同一幂等键重试得到的第一次结果 */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ArchiveBatch"];
                };
            };
            400: components["responses"]["BadRequestJsonIdempotencyKey"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["ConflictOrInProgress"];
            422: components["responses"]["ValidationFailedOrKeyReused"];
            500: components["responses"]["InternalError"];
        };
    };
    downloadImportTemplate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Excel 模板文件 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["InternalError"];
        };
    };
    createImportUpload: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description 社区代码（12 位），如 350203006029 */
                    community: string;
                    fileName: string;
                    /** @enum {string} */
                    contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" | "text/csv";
                    size: number;
                };
            };
        };
        responses: {
            /** @description 上传地址 */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        uploadUrl: string;
                        /** @constant */
                        method: "PUT";
                        /** @description 上传时须带的请求头 */
                        headers: {
                            [key: string]: string;
                        };
                        objectKey: string;
                        expiresAt: string;
                    };
                };
            };
            400: components["responses"]["BadRequestJson"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    listImports: {
        parameters: {
            query: {
                /** @description 社区代码（12 位），如 350203006029 */
                area: string;
                /** @description true：只列出排队中（queued）和导入中（running）的任务 */
                inProgress?: "true" | "false";
                /** @description 每页条数（1–100，默认 20） */
                limit?: number;
                /** @description 上一页返回的 cursor；取第一页时不传 */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 一页导入任务；有下一页时返回 cursor */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportJobPage"];
                };
            };
            400: components["responses"]["BadRequestCursor"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    startImport: {
        parameters: {
            query: {
                /** @description 社区代码（12 位），如 350203006029 */
                community: string;
                /** @description 上传文件的文件名（.xlsx 或 .csv） */
                fileName: string;
                /** @description 经对象存储上传时填写；直接上传时留空，文件作为请求正文 */
                objectKey?: string;
            };
            header?: {
                /** @description 幂等键（8–128 位字母、数字、下划线或连字符）。网络重试时带上同一个键，服务端返回第一次的结果而不会重复办理；同一个键用于不同的请求会被拒绝（422）。 */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                "text/csv": string;
                "application/octet-stream": string;
            };
        };
        responses: {
            /** @description 导入任务（新任务为 202，同一文件的已有任务为 200） */
            202: {
                headers: {
                    /** @description 值为 true 时表示这是用同一幂等键重试得到的第一次结果 */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportJob"];
                };
            };
            400: components["responses"]["BadRequestIdempotencyKey"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["ConflictOrInProgress"];
            422: components["responses"]["ValidationFailedOrKeyReused"];
            500: components["responses"]["InternalError"];
        };
    };
    getImport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 导入任务编号 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 导入任务 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportJob"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    listImportErrors: {
        parameters: {
            query?: {
                /** @description 每页条数（1–100，默认 20） */
                limit?: number;
                /** @description 上一页返回的 cursor；取第一页时不传 */
                cursor?: string;
            };
            header?: never;
            path: {
                /** @description 导入任务编号 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 一页错误；有下一页时返回 cursor */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportRowErrorPage"];
                };
            };
            400: components["responses"]["BadRequestCursor"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    downloadImportErrors: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 导入任务编号 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Excel 错误报告 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    cancelImport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 导入任务编号 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 已取消（200）或正在停止（202，cancelRequested 为 true） */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportJob"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    resumeImport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 导入任务编号 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 已重新排队的任务 */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportJob"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    listProgrammes: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 补助项目 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Programme"][];
                    };
                };
            };
            500: components["responses"]["InternalError"];
        };
    };
    checkEligibility: {
        parameters: {
            query?: {
                /** @description 补助项目 */
                programme?: components["schemas"]["SubsidyProgrammeCode"];
            };
            header?: never;
            path: {
                /** @description 人员编号 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 逐项目的结论和理由 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        personId: string;
                        items: {
                            programme: string;
                            name: string;
                            eligible: boolean;
                            reasons: {
                                rule: string;
                                passed: boolean;
                                detail: string;
                            }[];
                            amountYuan?: number;
                        }[];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    setProgrammeSettings: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 补助项目 */
                code: components["schemas"]["SubsidyProgrammeCode"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @default {} */
                    params?: {
                        [key: string]: number;
                    };
                    noticeDays?: number;
                    version: number;
                };
            };
        };
        responses: {
            /** @description 本区执行的项目 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Programme"];
                };
            };
            400: components["responses"]["BadRequestJson"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    listApplications: {
        parameters: {
            query?: {
                /** @description 社区代码（12 位） */
                area?: string;
                /** @description 申请人编号 */
                person?: string;
                /** @description 申请状态 */
                state?: components["schemas"]["SubsidyApplicationState"];
                /** @description 补助项目 */
                programme?: components["schemas"]["SubsidyProgrammeCode"];
                /** @description 每页条数（1–100，默认 20） */
                limit?: number;
                /** @description 上一页返回的 cursor；取第一页时不传 */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 一页申请；有下一页时返回 cursor */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubsidyApplicationPage"];
                };
            };
            400: components["responses"]["BadRequestCursor"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    submitApplication: {
        parameters: {
            query?: never;
            header?: {
                /** @description 幂等键（8–128 位字母、数字、下划线或连字符）。网络重试时带上同一个键，服务端返回第一次的结果而不会重复办理；同一个键用于不同的请求会被拒绝（422）。 */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    programme: components["schemas"]["SubsidyProgrammeCode"];
                    /** @description 申请人在户籍登记中的编号 */
                    personId: string;
                    statement: string;
                    /** @description 逐案核定的项目（临时救助、大病救助、再就业补助）和贷款须填写申请金额 */
                    requestedYuan?: number;
                    /** @description 现金补助和贷款须填写申请人本人的银行账户 */
                    account?: {
                        bank: string;
                        holder: string;
                        number: string;
                    };
                };
            };
        };
        responses: {
            /** @description 已提交的申请 */
            201: {
                headers: {
                    /** @description 值为 true 时表示这是用同一幂等键重试得到的第一次结果 */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubsidyApplication"];
                };
            };
            400: components["responses"]["BadRequestJsonIdempotencyKey"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["ConflictOrInProgress"];
            422: components["responses"]["ValidationFailedOrKeyReused"];
            500: components["responses"]["InternalError"];
        };
    };
    getApplication: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 申请编号 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 申请及其发放记录 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubsidyApplication"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    actOnApplication: {
        parameters: {
            query?: never;
            header?: {
                /** @description 幂等键（8–128 位字母、数字、下划线或连字符）。网络重试时带上同一个键，服务端返回第一次的结果而不会重复办理；同一个键用于不同的请求会被拒绝（422）。 */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description 申请编号 */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @constant */
                    type: "start-review";
                    version: number;
                } | {
                    /** @constant */
                    type: "record-home-visit";
                    version: number;
                    visit: {
                        /** Format: date */
                        visitedOn: string;
                        findings: string;
                        passed: boolean;
                    };
                } | {
                    /** @constant */
                    type: "post-notice";
                    version: number;
                } | {
                    /** @constant */
                    type: "raise-objection";
                    version: number;
                    content: string;
                } | {
                    /** @constant */
                    type: "resolve-objection";
                    version: number;
                    objectionId: string;
                    /** @enum {string} */
                    outcome: "upheld" | "dismissed";
                    note: string;
                } | {
                    /** @constant */
                    type: "close-notice";
                    version: number;
                } | {
                    /** @constant */
                    type: "approve";
                    version: number;
                    /**
                     * Format: date
                     * @description 开始享受的日期，默认审批当天
                     */
                    startsOn?: string;
                    /** @description 逐案核定的项目和贷款的核定金额 */
                    amountYuan?: number;
                } | {
                    /** @constant */
                    type: "suspend";
                    version: number;
                    reason: string;
                } | {
                    /** @constant */
                    type: "resume";
                    version: number;
                    reason?: string;
                } | {
                    /** @constant */
                    type: "end";
                    version: number;
                    reason: string;
                    /** Format: date */
                    endsOn?: string;
                } | {
                    /** @constant */
                    type: "report-work";
                    version: number;
                    /**
                     * Format: date
                     * @description 开始就业的日期
                     */
                    reportedOn: string;
                } | {
                    /** @constant */
                    type: "record-review";
                    version: number;
                    review: {
                        /** Format: date */
                        reviewedOn: string;
                        findings: string;
                        /** @enum {string} */
                        outcome: "continue" | "adjust";
                    };
                } | {
                    /** @constant */
                    type: "hand-over";
                    version: number;
                    /**
                     * Format: date
                     * @description 实物（轮椅、助听器等）交到申请人手中或完成转介的日期
                     */
                    handedOverOn: string;
                    note?: string;
                } | {
                    /** @constant */
                    type: "record-repayment";
                    version: number;
                    /**
                     * Format: date
                     * @description 贷款全部还清的日期
                     */
                    repaidOn: string;
                } | {
                    /** @constant */
                    type: "reject";
                    version: number;
                    reason: string;
                } | {
                    /** @constant */
                    type: "withdraw";
                    version: number;
                    reason: string;
                };
            };
        };
        responses: {
            /** @description 办理后的申请 */
            200: {
                headers: {
                    /** @description 值为 true 时表示这是用同一幂等键重试得到的第一次结果 */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubsidyApplication"];
                };
            };
            400: components["responses"]["BadRequestJsonIdempotencyKey"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["ConflictOrInProgress"];
            422: components["responses"]["ValidationFailedOrKeyReused"];
            500: components["responses"]["InternalError"];
        };
    };
    listDueReviews: {
        parameters: {
            query: {
                /** @description 地区代码：区 6 位、街道 9 位、社区 12 位，或网格如 350203006029-03；只返回该地区内的记录 */
                area: string;
                /** @description 只列出此日期（YYYY-MM-DD）之前的记录 */
                before?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 到期复核的补助 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["SubsidyApplication"][];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    getNoticeBoard: {
        parameters: {
            query: {
                /** @description 社区代码（12 位） */
                area: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 当前公示 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubsidyNoticeBoard"];
                };
            };
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    printNoticeBoard: {
        parameters: {
            query: {
                /** @description 社区代码（12 位） */
                area: string;
                /** @description 公示榜次（1、2 或 3） */
                round: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 可打印的 HTML 页面 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    setBudget: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 补助项目 */
                programme: components["schemas"]["SubsidyProgrammeCode"];
                /** @description 年份（四位数字），如 2026 */
                year: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    totalYuan: number;
                    earmark?: string;
                    version?: number;
                };
            };
        };
        responses: {
            /** @description 预算及执行情况 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Budget"];
                };
            };
            400: components["responses"]["BadRequestJson"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    listBudgets: {
        parameters: {
            query: {
                /** @description 年份（四位数字），如 2026 */
                year: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 各项目预算 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Budget"][];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    getLedger: {
        parameters: {
            query: {
                /** @description 月份（YYYY-MM），如 2026-02 */
                month: string;
                /** @description 地区代码：区 6 位、街道 9 位、社区 12 位，或网格如 350203006029-03 */
                area: string;
                /** @description 补助项目 */
                programme?: components["schemas"]["SubsidyProgrammeCode"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 台帐 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        month: string;
                        area: string;
                        rows: {
                            community: string;
                            programme: string;
                            programmeName: string;
                            paidYuan: number;
                            payments: number;
                            /** @description 低保渐退：本月起不再发放的月金额 */
                            exitYuan: number;
                            exits: number;
                        }[];
                        totals: {
                            programme: string;
                            programmeName: string;
                            paidYuan: number;
                            payments: number;
                            /** @description 低保渐退：本月起不再发放的月金额 */
                            exitYuan: number;
                            exits: number;
                        }[];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    listPayments: {
        parameters: {
            query: {
                /** @description 月份（YYYY-MM），如 2026-02 */
                month: string;
                /** @description 地区代码：区 6 位、街道 9 位、社区 12 位，或网格如 350203006029-03 */
                area: string;
                /** @description 补助项目 */
                programme?: components["schemas"]["SubsidyProgrammeCode"];
                /** @description 每页条数（1–100，默认 20） */
                limit?: number;
                /** @description 上一页返回的 cursor；取第一页时不传 */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 一页发放记录 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaymentPage"];
                };
            };
            400: components["responses"]["BadRequestCursor"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    exportBankFile: {
        parameters: {
            query: {
                /** @description 月份（YYYY-MM），如 2026-02 */
                month: string;
                /** @description 地区代码：区 6 位、街道 9 位、社区 12 位，或网格如 350203006029-03 */
                area: string;
                /** @description 补助项目 */
                programme?: components["schemas"]["SubsidyProgrammeCode"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Excel 代发文件 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    listPaymentRuns: {
        parameters: {
            query: {
                /** @description 月份（YYYY-MM），如 2026-02 */
                month: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 本月的发放批次 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["PaymentRun"][];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    previewPayments: {
        parameters: {
            query: {
                /** @description 社区代码（12 位） */
                area: string;
                /** @description 发放月份，默认本月 */
                month?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 将发放的补助 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaymentPreview"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    listDrives: {
        parameters: {
            query: {
                /** @description 地区代码：区 6 位、街道 9 位、社区 12 位，或网格如 350203006029-03；只返回该地区内的记录 */
                area: string;
                /** @description 募捐活动状态 */
                status?: components["schemas"]["DonationDriveStatus"];
                /** @description 每页条数（1–100，默认 20） */
                limit?: number;
                /** @description 上一页返回的 cursor；取第一页时不传 */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 一页募捐活动；有下一页时返回 cursor */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DonationDrivePage"];
                };
            };
            400: components["responses"]["BadRequestCursor"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    createDrive: {
        parameters: {
            query?: never;
            header?: {
                /** @description 幂等键（8–128 位字母、数字、下划线或连字符）。网络重试时带上同一个键，服务端返回第一次的结果而不会重复办理；同一个键用于不同的请求会被拒绝（422）。 */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    area: string;
                    /** @description 如“2026 年冬季送温暖募捐” */
                    name: string;
                    purpose: string;
                    /** @description 专款专用时填写善款的指定用途，如“困难家庭冬季取暖” */
                    earmark?: string;
                    /** Format: date */
                    startsOn: string;
                    /** Format: date */
                    endsOn: string;
                };
            };
        };
        responses: {
            /** @description 已发起的募捐活动 */
            201: {
                headers: {
                    /** @description 值为 true 时表示这是用同一幂等键重试得到的第一次结果 */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DonationDrive"];
                };
            };
            400: components["responses"]["BadRequestJsonIdempotencyKey"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["ConflictOrInProgress"];
            422: components["responses"]["ValidationFailedOrKeyReused"];
            500: components["responses"]["InternalError"];
        };
    };
    getDrive: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 募捐活动编号 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 募捐活动及合计 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DonationDrive"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    listDonations: {
        parameters: {
            query?: {
                /** @description 捐赠类型 */
                kind?: components["schemas"]["DonationKind"];
                /** @description 捐款来源 */
                source?: components["schemas"]["DonationSource"];
                /** @description 每页条数（1–100，默认 20） */
                limit?: number;
                /** @description 上一页返回的 cursor；取第一页时不传 */
                cursor?: string;
            };
            header?: never;
            path: {
                /** @description 募捐活动编号 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 一页捐赠；有下一页时返回 cursor */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DonationPage"];
                };
            };
            400: components["responses"]["BadRequestCursor"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    recordDonation: {
        parameters: {
            query?: never;
            header?: {
                /** @description 幂等键（8–128 位字母、数字、下划线或连字符）。网络重试时带上同一个键，服务端返回第一次的结果而不会重复办理；同一个键用于不同的请求会被拒绝（422）。 */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description 募捐活动编号 */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @constant */
                    kind: "money";
                    source: components["schemas"]["DonationSource"];
                    /** @description 金额（元），最多两位小数；按分保存 */
                    amount: number | string;
                    /** @description 不填为匿名捐赠 */
                    donorName?: string;
                    /**
                     * Format: date
                     * @description 不填为今天（北京时间）；须在活动起止日期内
                     */
                    receivedOn?: string;
                    /** @description 如收据编号 */
                    note?: string;
                } | {
                    /** @constant */
                    kind: "goods";
                    /** @description 物资来自哪类捐赠人（可不填） */
                    source?: components["schemas"]["DonationSource"];
                    /** @description 如“棉衣” */
                    item: string;
                    quantity: number;
                    /** @description 如“件”“箱”“袋” */
                    unit: string;
                    /** @description 不填为匿名捐赠 */
                    donorName?: string;
                    /**
                     * Format: date
                     * @description 不填为今天（北京时间）；须在活动起止日期内
                     */
                    receivedOn?: string;
                    /** @description 如收据编号 */
                    note?: string;
                };
            };
        };
        responses: {
            /** @description 已登记的捐赠 */
            201: {
                headers: {
                    /** @description 值为 true 时表示这是用同一幂等键重试得到的第一次结果 */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Donation"];
                };
            };
            400: components["responses"]["BadRequestJsonIdempotencyKey"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["ConflictOrInProgress"];
            422: components["responses"]["ValidationFailedOrKeyReused"];
            500: components["responses"]["InternalError"];
        };
    };
    closeDrive: {
        parameters: {
            query?: never;
            header?: {
                /** @description 幂等键（8–128 位字母、数字、下划线或连字符）。网络重试时带上同一个键，服务端返回第一次的结果而不会重复办理；同一个键用于不同的请求会被拒绝（422）。 */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description 募捐活动编号 */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description 读取活动时的 version */
                    version: number;
                    note?: string;
                };
            };
        };
        responses: {
            /** @description 已结束的募捐活动及最终合计 */
            200: {
                headers: {
                    /** @description 值为 true 时表示这是用同一幂等键重试得到的第一次结果 */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DonationDrive"];
                };
            };
            400: components["responses"]["BadRequestJsonIdempotencyKey"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["ConflictOrInProgress"];
            422: components["responses"]["ValidationFailedOrKeyReused"];
            500: components["responses"]["InternalError"];
        };
    };
    getEmploymentStandards: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 基地标准和时限 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmploymentStandards"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["InternalError"];
        };
    };
    checkEmploymentStandards: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @constant */
                    type: "placement";
                    figures: {
                        /** @description 人 */
                        disabledEmployees: number;
                        annualOutputYuan: number;
                        incomePerPersonYuan: number;
                        /** @description 与残疾职工签订的劳动合同期限（年），取最短的一份 */
                        contractYears: number;
                        /** @description 残疾职工中最低的月工资（元） */
                        lowestMonthlyWageYuan: number;
                        pensionInsurance: boolean;
                        medicalInsurance: boolean;
                    };
                } | {
                    /** @constant */
                    type: "outreach";
                    figures: {
                        /** @description 户 */
                        householdsEngaged: number;
                        annualOutputYuan: number;
                        householdIncomePerCapitaYuan: number;
                        supportAgreements: boolean;
                    };
                };
            };
        };
        responses: {
            /** @description 逐项核对结果 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmploymentStandardsCheck"];
                };
            };
            400: components["responses"]["BadRequestJson"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    listEmploymentBases: {
        parameters: {
            query: {
                /** @description 地区代码：区 6 位、街道 9 位、社区 12 位，或网格如 350203006029-03 */
                area: string;
                /** @description 年度，默认今年（北京时间） */
                year?: number;
                /** @description 基地状态 */
                state?: components["schemas"]["EmploymentBaseState"];
                /** @description 每页条数（1–100，默认 20） */
                limit?: number;
                /** @description 上一页返回的 cursor；取第一页时不传 */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 一页基地；有下一页时返回 cursor */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmploymentBasePage"];
                };
            };
            400: components["responses"]["BadRequestCursor"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    applyForEmploymentBase: {
        parameters: {
            query?: never;
            header?: {
                /** @description 幂等键（8–128 位字母、数字、下划线或连字符）。网络重试时带上同一个键，服务端返回第一次的结果而不会重复办理；同一个键用于不同的请求会被拒绝（422）。 */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @constant */
                    type: "placement";
                    figures: {
                        /** @description 人 */
                        disabledEmployees: number;
                        annualOutputYuan: number;
                        incomePerPersonYuan: number;
                        /** @description 与残疾职工签订的劳动合同期限（年），取最短的一份 */
                        contractYears: number;
                        /** @description 残疾职工中最低的月工资（元） */
                        lowestMonthlyWageYuan: number;
                        pensionInsurance: boolean;
                        medicalInsurance: boolean;
                    };
                    /** @description 辖内单位的编号（社区登记单位时生成） */
                    unitId: string;
                    unitName: string;
                    /** @description 单位所在社区或网格 */
                    area: string;
                    /** @description 申报年度：当年的须在 4 月 30 日前申报，也可提前申报下一年度 */
                    year: number;
                    contactName?: string;
                } | {
                    /** @constant */
                    type: "outreach";
                    figures: {
                        /** @description 户 */
                        householdsEngaged: number;
                        annualOutputYuan: number;
                        householdIncomePerCapitaYuan: number;
                        supportAgreements: boolean;
                    };
                    /** @description 辖内单位的编号（社区登记单位时生成） */
                    unitId: string;
                    unitName: string;
                    /** @description 单位所在社区或网格 */
                    area: string;
                    /** @description 申报年度：当年的须在 4 月 30 日前申报，也可提前申报下一年度 */
                    year: number;
                    contactName?: string;
                };
            };
        };
        responses: {
            /** @description 已受理的申报 */
            201: {
                headers: {
                    /** @description 值为 true 时表示这是用同一幂等键重试得到的第一次结果 */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmploymentBase"];
                };
            };
            400: components["responses"]["BadRequestJsonIdempotencyKey"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["ConflictOrInProgress"];
            422: components["responses"]["ValidationFailedOrKeyReused"];
            500: components["responses"]["InternalError"];
        };
    };
    getEmploymentBase: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 就业基地编号 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 基地 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmploymentBase"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    inspectEmploymentBase: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 就业基地编号 */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    passed: boolean;
                    findings: string;
                    evidence: {
                        kind: components["schemas"]["EvidenceKind"];
                        description: string;
                        /** @description 已上传文件的存储编号 */
                        objectKey?: string;
                    }[];
                    /** @description 上次读取时的版本号；期间被他人修改则返回 409 */
                    version: number;
                };
            };
        };
        responses: {
            /** @description 验收后的基地 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmploymentBase"];
                };
            };
            400: components["responses"]["BadRequestJson"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    payEmploymentBaseFunds: {
        parameters: {
            query?: never;
            header?: {
                /** @description 幂等键（8–128 位字母、数字、下划线或连字符）。网络重试时带上同一个键，服务端返回第一次的结果而不会重复办理；同一个键用于不同的请求会被拒绝（422）。 */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description 就业基地编号 */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description 扶持资金（元），最多两位小数；按分保存 */
                    amountYuan: number;
                    /** @description 上次读取时的版本号；期间被他人修改则返回 409 */
                    version: number;
                };
            };
        };
        responses: {
            /** @description 已拨付资金的基地 */
            200: {
                headers: {
                    /** @description 值为 true 时表示这是用同一幂等键重试得到的第一次结果 */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmploymentBase"];
                };
            };
            400: components["responses"]["BadRequestJsonIdempotencyKey"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["ConflictOrInProgress"];
            422: components["responses"]["ValidationFailedOrKeyReused"];
            500: components["responses"]["InternalError"];
        };
    };
    withdrawEmploymentBasePlaque: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 就业基地编号 */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description 如“复查不达标：安置残疾人不足 10 人” */
                    reason: string;
                    /** @description 上次读取时的版本号；期间被他人修改则返回 409 */
                    version: number;
                };
            };
        };
        responses: {
            /** @description 已摘牌的基地 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmploymentBase"];
                };
            };
            400: components["responses"]["BadRequestJson"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    fileEmploymentBaseStatistics: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 就业基地编号 */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    disabledEmployed: number;
                    householdsSupported: number;
                    personsLiftedOutOfPoverty: number;
                    incomePerPersonYuan: number;
                    annualOutputYuan: number;
                    trainees: number;
                    summary: string;
                    nextYearPlan: string;
                    /** @description 上次读取时的版本号；期间被他人修改则返回 409 */
                    version: number;
                };
            };
        };
        responses: {
            /** @description 已报送统计表的基地 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmploymentBase"];
                };
            };
            400: components["responses"]["BadRequestJson"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    listEmploymentTrainingPlans: {
        parameters: {
            query?: {
                /** @description 每页条数（1–100，默认 20） */
                limit?: number;
                /** @description 上一页返回的 cursor；取第一页时不传 */
                cursor?: string;
            };
            header?: never;
            path: {
                /** @description 就业基地编号 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 一页培训计划；有下一页时返回 cursor */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrainingPlanPage"];
                };
            };
            400: components["responses"]["BadRequestCursor"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    fileEmploymentTrainingPlan: {
        parameters: {
            query?: never;
            header?: {
                /** @description 幂等键（8–128 位字母、数字、下划线或连字符）。网络重试时带上同一个键，服务端返回第一次的结果而不会重复办理；同一个键用于不同的请求会被拒绝（422）。 */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description 就业基地编号 */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description 如“残疾人手工编织技能培训班” */
                    title: string;
                    content: string;
                    /**
                     * Format: date
                     * @description 须在报送之日 10 天以后
                     */
                    startsOn: string;
                    /** Format: date */
                    endsOn?: string;
                    location?: string;
                    plannedTrainees: number;
                };
            };
        };
        responses: {
            /** @description 已报送的培训计划 */
            201: {
                headers: {
                    /** @description 值为 true 时表示这是用同一幂等键重试得到的第一次结果 */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrainingPlan"];
                };
            };
            400: components["responses"]["BadRequestJsonIdempotencyKey"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["ConflictOrInProgress"];
            422: components["responses"]["ValidationFailedOrKeyReused"];
            500: components["responses"]["InternalError"];
        };
    };
    listJobOpenings: {
        parameters: {
            query: {
                /** @description 地区代码：区 6 位、街道 9 位、社区 12 位，或网格如 350203006029-03；只返回该地区内的记录 */
                area: string;
                /** @description 每页条数（1–100，默认 20） */
                limit?: number;
                /** @description 上一页返回的 cursor；取第一页时不传 */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 一页岗位；有下一页时返回 cursor */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JobOpeningPage"];
                };
            };
            400: components["responses"]["BadRequestCursor"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    postJobOpening: {
        parameters: {
            query?: never;
            header?: {
                /** @description 幂等键（8–128 位字母、数字、下划线或连字符）。网络重试时带上同一个键，服务端返回第一次的结果而不会重复办理；同一个键用于不同的请求会被拒绝（422）。 */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description 辖内单位的编号；社区代发时可不填 */
                    unitId?: string;
                    unitName: string;
                    /** @description 岗位所在社区或网格 */
                    area: string;
                    /** @description 如“超市理货员” */
                    title: string;
                    description?: string;
                    positions: number;
                    /** @description 月工资（元），不得低于当地最低工资标准 */
                    monthlyWageYuan: number;
                    /** @description 欢迎哪些求职人员：流动人口、残疾人、下岗失业人员 */
                    welcomes: components["schemas"]["SeekerGroup"][];
                    /** Format: date */
                    closesOn: string;
                    contactName?: string;
                };
            };
        };
        responses: {
            /** @description 已发布的岗位 */
            201: {
                headers: {
                    /** @description 值为 true 时表示这是用同一幂等键重试得到的第一次结果 */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JobOpening"];
                };
            };
            400: components["responses"]["BadRequestJsonIdempotencyKey"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["ConflictOrInProgress"];
            422: components["responses"]["ValidationFailedOrKeyReused"];
            500: components["responses"]["InternalError"];
        };
    };
    getJobOpening: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 招聘岗位编号 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 岗位 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JobOpening"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    listJobPlacements: {
        parameters: {
            query?: {
                /** @description 每页条数（1–100，默认 20） */
                limit?: number;
                /** @description 上一页返回的 cursor；取第一页时不传 */
                cursor?: string;
            };
            header?: never;
            path: {
                /** @description 招聘岗位编号 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 一页安置记录；有下一页时返回 cursor */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JobPlacementPage"];
                };
            };
            400: components["responses"]["BadRequestCursor"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    registerJobPlacement: {
        parameters: {
            query?: never;
            header?: {
                /** @description 幂等键（8–128 位字母、数字、下划线或连字符）。网络重试时带上同一个键，服务端返回第一次的结果而不会重复办理；同一个键用于不同的请求会被拒绝（422）。 */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description 招聘岗位编号 */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description 求职人员在人口登记中的编号 */
                    personId: string;
                    group: components["schemas"]["SeekerGroup"];
                    /** Format: date */
                    startsOn: string;
                    note?: string;
                };
            };
        };
        responses: {
            /** @description 已登记的安置 */
            201: {
                headers: {
                    /** @description 值为 true 时表示这是用同一幂等键重试得到的第一次结果 */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JobPlacement"];
                };
            };
            400: components["responses"]["BadRequestJsonIdempotencyKey"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["ConflictOrInProgress"];
            422: components["responses"]["ValidationFailedOrKeyReused"];
            500: components["responses"]["InternalError"];
        };
    };
    listTeams: {
        parameters: {
            query: {
                /** @description 社区代码（12 位），如 350203006029 */
                community: string;
                /** @description 队伍类型 */
                kind?: components["schemas"]["VolunteerTeamKind"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 社区的队伍 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["VolunteerTeam"][];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    createTeam: {
        parameters: {
            query?: never;
            header?: {
                /** @description 幂等键（8–128 位字母、数字、下划线或连字符）。网络重试时带上同一个键，服务端返回第一次的结果而不会重复办理；同一个键用于不同的请求会被拒绝（422）。 */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description 社区代码（12 位），如 350203006029 */
                    community: string;
                    kind: components["schemas"]["VolunteerTeamKind"];
                    name: string;
                    description?: string;
                    /**
                     * @description 队长的志愿者编号
                     * @default []
                     */
                    leaderIds?: string[];
                    /** @description 先锋小分队负责的楼栋（每栋楼只能由一支小分队负责） */
                    buildings?: string[];
                };
            };
        };
        responses: {
            /** @description 新成立的队伍 */
            201: {
                headers: {
                    /** @description 值为 true 时表示这是用同一幂等键重试得到的第一次结果 */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VolunteerTeam"];
                };
            };
            400: components["responses"]["BadRequestJsonIdempotencyKey"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["ConflictOrInProgress"];
            422: components["responses"]["ValidationFailedOrKeyReused"];
            500: components["responses"]["InternalError"];
        };
    };
    getTeam: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 志愿服务队编号 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 队伍及成员 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        teamId: string;
                        community: string;
                        kind: components["schemas"]["VolunteerTeamKind"];
                        kindLabel: string;
                        name: string;
                        description?: string;
                        leaderIds: string[];
                        buildings?: string[];
                        createdAt: string;
                        updatedAt: string;
                        version: number;
                        members: {
                            volunteerId: string;
                            name: string;
                            joinedAt: string;
                            leader: boolean;
                        }[];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    updateTeam: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 志愿服务队编号 */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    description?: string;
                    /**
                     * @description 队长的志愿者编号
                     * @default []
                     */
                    leaderIds?: string[];
                    /** @description 先锋小分队负责的楼栋（每栋楼只能由一支小分队负责） */
                    buildings?: string[];
                    /** @description 读取到的版本号 */
                    version: number;
                };
            };
        };
        responses: {
            /** @description 修改后的队伍 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VolunteerTeam"];
                };
            };
            400: components["responses"]["BadRequestJson"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    addTeamMember: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 志愿服务队编号 */
                id: string;
                /** @description 成员编号 */
                volunteerId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 队伍成员（新加入时返回 201） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        volunteerId: string;
                        name: string;
                        joinedAt: string;
                        leader: boolean;
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    removeTeamMember: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 志愿服务队编号 */
                id: string;
                /** @description 成员编号 */
                volunteerId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 移出结果；本不在队中时 removed 为 false */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        teamId: string;
                        volunteerId: string;
                        removed: boolean;
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    listPartyPosts: {
        parameters: {
            query: {
                /** @description 社区代码（12 位），如 350203006029 */
                community: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 社区的党员岗位 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["PartyPost"][];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    createPartyPost: {
        parameters: {
            query?: never;
            header?: {
                /** @description 幂等键（8–128 位字母、数字、下划线或连字符）。网络重试时带上同一个键，服务端返回第一次的结果而不会重复办理；同一个键用于不同的请求会被拒绝（422）。 */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description 岗位名称，如 楼道长岗、政策宣传岗 */
                    name: string;
                    /** @description 在岗党员的人员编号 */
                    holderPersonId: string;
                    duties: string[];
                    /** @description 社区代码（12 位），如 350203006029 */
                    community: string;
                };
            };
        };
        responses: {
            /** @description 新设的岗位 */
            201: {
                headers: {
                    /** @description 值为 true 时表示这是用同一幂等键重试得到的第一次结果 */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartyPost"];
                };
            };
            400: components["responses"]["BadRequestJsonIdempotencyKey"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["ConflictOrInProgress"];
            422: components["responses"]["ValidationFailedOrKeyReused"];
            500: components["responses"]["InternalError"];
        };
    };
    updatePartyPost: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 党员先锋岗编号 */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description 岗位名称，如 楼道长岗、政策宣传岗 */
                    name: string;
                    /** @description 在岗党员的人员编号 */
                    holderPersonId: string;
                    duties: string[];
                    /** @description 读取到的版本号 */
                    version: number;
                };
            };
        };
        responses: {
            /** @description 修改后的岗位 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartyPost"];
                };
            };
            400: components["responses"]["BadRequestJson"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    listVolunteers: {
        parameters: {
            query: {
                /** @description 社区代码（12 位），如 350203006029 */
                community: string;
                /** @description 志愿者状态 */
                status?: components["schemas"]["VolunteerStatus"];
                /** @description 技能（调查表中的选项） */
                skill?: components["schemas"]["VolunteerSkill"];
                /** @description 每页条数（1–100，默认 20） */
                limit?: number;
                /** @description 上一页返回的 cursor；取第一页时不传 */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 一页志愿者 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VolunteerPage"];
                };
            };
            400: components["responses"]["BadRequestCursor"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    registerVolunteer: {
        parameters: {
            query?: never;
            header?: {
                /** @description 幂等键（8–128 位字母、数字、下划线或连字符）。网络重试时带上同一个键，服务端返回第一次的结果而不会重复办理；同一个键用于不同的请求会被拒绝（422）。 */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description 工作人员登记时：登记在册的人员编号 */
                    personId?: string;
                    /** @description 工作人员登记未在册人员时填写 */
                    name?: string;
                    /** @description 工作人员登记未在册人员时填写 */
                    community?: string;
                    /**
                     * @description 调查表中勾选的技能特长
                     * @default []
                     */
                    skills?: components["schemas"]["VolunteerSkill"][];
                    /** @description 调查表之外的特长，自由填写 */
                    otherSkills?: string;
                    availability: {
                        weekdays: components["schemas"]["VolunteerWeekday"][];
                        slots: components["schemas"]["VolunteerTimeSlot"][];
                        note?: string;
                    };
                };
            };
        };
        responses: {
            /** @description 志愿者档案 */
            201: {
                headers: {
                    /** @description 值为 true 时表示这是用同一幂等键重试得到的第一次结果 */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Volunteer"];
                };
            };
            400: components["responses"]["BadRequestJsonIdempotencyKey"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["ConflictOrInProgress"];
            422: components["responses"]["ValidationFailedOrKeyReused"];
            500: components["responses"]["InternalError"];
        };
    };
    getMyVolunteer: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 志愿者档案 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Volunteer"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["InternalError"];
        };
    };
    getVolunteer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 志愿者编号 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 志愿者档案 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Volunteer"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    updateVolunteerProfile: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 志愿者编号 */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description 调查表中勾选的技能特长
                     * @default []
                     */
                    skills?: components["schemas"]["VolunteerSkill"][];
                    /** @description 调查表之外的特长，自由填写 */
                    otherSkills?: string;
                    availability: {
                        weekdays: components["schemas"]["VolunteerWeekday"][];
                        slots: components["schemas"]["VolunteerTimeSlot"][];
                        note?: string;
                    };
                    /** @description 读取到的版本号 */
                    version: number;
                };
            };
        };
        responses: {
            /** @description 更新后的档案 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Volunteer"];
                };
            };
            400: components["responses"]["BadRequestJson"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    decideVolunteer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 志愿者编号 */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @constant */
                    decision: "approve";
                    /** @description 读取到的版本号 */
                    version: number;
                } | {
                    /** @constant */
                    decision: "reject";
                    reason: string;
                    /** @description 读取到的版本号 */
                    version: number;
                };
            };
        };
        responses: {
            /** @description 审核后的档案 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Volunteer"];
                };
            };
            400: components["responses"]["BadRequestJson"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    listActivities: {
        parameters: {
            query: {
                /** @description 社区代码（12 位），如 350203006029 */
                community: string;
                /** @description 起始日期（含），YYYY-MM-DD */
                from?: string;
                /** @description 截止日期（含），YYYY-MM-DD */
                to?: string;
                /** @description 活动类型 */
                kind?: components["schemas"]["ActivityKind"];
                /** @description 每页条数（1–100，默认 20） */
                limit?: number;
                /** @description 上一页返回的 cursor；取第一页时不传 */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 一页活动 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActivityPage"];
                };
            };
            400: components["responses"]["BadRequestCursor"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    createActivity: {
        parameters: {
            query?: never;
            header?: {
                /** @description 幂等键（8–128 位字母、数字、下划线或连字符）。网络重试时带上同一个键，服务端返回第一次的结果而不会重复办理；同一个键用于不同的请求会被拒绝（422）。 */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description 社区代码（12 位），如 350203006029 */
                    community: string;
                    kind: components["schemas"]["ActivityKind"];
                    /** @description 技能培训（job-training）必填：培训工种 */
                    trade?: components["schemas"]["TrainingTrade"];
                    title: string;
                    description?: string;
                    place: string;
                    /** Format: date-time */
                    startsAt: string;
                    /** Format: date-time */
                    endsAt: string;
                    capacity: number;
                    /** @description 由共建单位提供时填写；计入该单位的季度课程承诺 */
                    offeredBy?: {
                        /** @description 共建单位在户籍登记中的编号 */
                        unitId: string;
                        unitName: string;
                    };
                };
            };
        };
        responses: {
            /** @description 已发布的活动 */
            201: {
                headers: {
                    /** @description 值为 true 时表示这是用同一幂等键重试得到的第一次结果 */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Activity"];
                };
            };
            400: components["responses"]["BadRequestJsonIdempotencyKey"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["ConflictOrInProgress"];
            422: components["responses"]["ValidationFailedOrKeyReused"];
            500: components["responses"]["InternalError"];
        };
    };
    getActivity: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 活动编号 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 活动 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Activity"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    listActivitySignUps: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 活动编号 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 报名和志愿者名单 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        activity: components["schemas"]["Activity"];
                        signUps: components["schemas"]["ActivitySignUp"][];
                        volunteers: components["schemas"]["ActivityAttendance"][];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    signUpForActivity: {
        parameters: {
            query?: never;
            header?: {
                /** @description 幂等键（8–128 位字母、数字、下划线或连字符）。网络重试时带上同一个键，服务端返回第一次的结果而不会重复办理；同一个键用于不同的请求会被拒绝（422）。 */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description 活动编号 */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description 受益人在户籍登记中的编号（孩子报名填孩子的编号） */
                    personId: string;
                };
            };
        };
        responses: {
            /** @description 报名结果：confirmed 已获名额，waitlisted 候补 */
            201: {
                headers: {
                    /** @description 值为 true 时表示这是用同一幂等键重试得到的第一次结果 */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActivitySignUp"];
                };
            };
            400: components["responses"]["BadRequestJsonIdempotencyKey"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["ConflictOrInProgress"];
            422: components["responses"]["ValidationFailedOrKeyReused"];
            500: components["responses"]["InternalError"];
        };
    };
    cancelActivitySignUp: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 活动编号 */
                id: string;
                /** @description 人员编号 */
                personId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 已取消的报名和递补上的报名（如有） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        cancelled: components["schemas"]["ActivitySignUp"];
                        promoted?: components["schemas"]["ActivitySignUp"];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    checkInToActivity: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 活动编号 */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description 参加活动的居民 */
                    personId?: string;
                    /** @description 服务本次活动的志愿者 */
                    volunteerId?: string;
                    volunteerName?: string;
                    /**
                     * Format: date-time
                     * @description 签到/签退时间，默认当前时间
                     */
                    at?: string;
                };
            };
        };
        responses: {
            /** @description 签到后的报名或志愿者记录 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        signUp?: components["schemas"]["ActivitySignUp"];
                        volunteer?: components["schemas"]["ActivityAttendance"];
                    };
                };
            };
            400: components["responses"]["BadRequestJson"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    checkOutOfActivity: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 活动编号 */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description 参加活动的居民 */
                    personId?: string;
                    /** @description 服务本次活动的志愿者 */
                    volunteerId?: string;
                    volunteerName?: string;
                    /**
                     * Format: date-time
                     * @description 签到/签退时间，默认当前时间
                     */
                    at?: string;
                };
            };
        };
        responses: {
            /** @description 签退后的报名或志愿者记录 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        signUp?: components["schemas"]["ActivitySignUp"];
                        volunteer?: components["schemas"]["ActivityAttendance"];
                    };
                };
            };
            400: components["responses"]["BadRequestJson"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    createActivityPhotoUpload: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 活动编号 */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    contentType: "image/jpeg" | "image/png" | "image/webp";
                    size: number;
                };
            };
        };
        responses: {
            /** @description 上传地址 */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        uploadUrl: string;
                        /** @constant */
                        method: "PUT";
                        headers: {
                            [key: string]: string;
                        };
                        objectKey: string;
                        expiresAt: string;
                    };
                };
            };
            400: components["responses"]["BadRequestJson"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    recordActivity: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 活动编号 */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    text: string;
                    /** @default [] */
                    photoKeys?: string[];
                    version?: number;
                };
            };
        };
        responses: {
            /** @description 活动（含记录） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Activity"];
                };
            };
            400: components["responses"]["BadRequestJson"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    listPersonSignUps: {
        parameters: {
            query?: {
                /** @description 每页条数（1–100，默认 20） */
                limit?: number;
                /** @description 上一页返回的 cursor；取第一页时不传 */
                cursor?: string;
            };
            header?: never;
            path: {
                /** @description 人员编号 */
                personId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 一页报名 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActivitySignUpPage"];
                };
            };
            400: components["responses"]["BadRequestCursor"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    getUnitCommitmentReport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 单位编号 */
                unitId: string;
                /** @description 年份（四位数字），如 2026 */
                year: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 各季度落实情况 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        unitId: string;
                        unitName?: string;
                        community: string;
                        year: string;
                        coursesPerQuarter: number;
                        version: number;
                        quarters: {
                            quarter: string;
                            committed: number;
                            delivered: number;
                            /** @enum {string} */
                            status: "met" | "missed" | "in-progress" | "upcoming";
                        }[];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    setUnitCommitment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 单位编号 */
                unitId: string;
                /** @description 年份（四位数字），如 2026 */
                year: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description 社区代码（12 位），如 350203006029 */
                    community: string;
                    unitName?: string;
                    coursesPerQuarter: number;
                    version?: number;
                };
            };
        };
        responses: {
            /** @description 承诺（新设时返回 201） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        unitId: string;
                        unitName?: string;
                        community: string;
                        year: string;
                        coursesPerQuarter: number;
                        version: number;
                    };
                };
            };
            400: components["responses"]["BadRequestJson"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    getCulturalEventReport: {
        parameters: {
            query: {
                /** @description 社区代码（12 位），如 350203006029 */
                community: string;
                /** @description 年份（四位数字），如 2026 */
                year: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 达标情况 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        community: string;
                        year: string;
                        required: number;
                        /** @description 已举办且有文字和照片记录的场次 */
                        held: number;
                        /** @description 全年已安排的场次 */
                        scheduled: number;
                        met: boolean;
                        events: {
                            id: string;
                            title: string;
                            day: string;
                            recorded: boolean;
                            photos: number;
                        }[];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    listVolunteerHours: {
        parameters: {
            query: {
                /** @description 年份（四位数字），如 2026 */
                year: string;
            };
            header?: never;
            path: {
                /** @description 志愿者编号 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 年度时长 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        volunteerId: string;
                        year: string;
                        totalHours: number;
                        byMonth: {
                            month: string;
                            hours: number;
                        }[];
                        entries: components["schemas"]["VolunteerHoursEntry"][];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    logHours: {
        parameters: {
            query?: never;
            header?: {
                /** @description 幂等键（8–128 位字母、数字、下划线或连字符）。网络重试时带上同一个键，服务端返回第一次的结果而不会重复办理；同一个键用于不同的请求会被拒绝（422）。 */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description 志愿者编号 */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: date */
                    date: string;
                    hours: number;
                    what: string;
                };
            };
        };
        responses: {
            /** @description 待审核的时长记录 */
            201: {
                headers: {
                    /** @description 值为 true 时表示这是用同一幂等键重试得到的第一次结果 */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VolunteerHoursEntry"];
                };
            };
            400: components["responses"]["BadRequestJsonIdempotencyKey"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["ConflictOrInProgress"];
            422: components["responses"]["ValidationFailedOrKeyReused"];
            500: components["responses"]["InternalError"];
        };
    };
    reviewHours: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 志愿者编号 */
                id: string;
                /** @description 时长记录编号 */
                entryId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @constant */
                    decision: "approve";
                } | {
                    /** @constant */
                    decision: "reject";
                    reason: string;
                };
            };
        };
        responses: {
            /** @description 审核后的时长记录 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VolunteerHoursEntry"];
                };
            };
            400: components["responses"]["BadRequestJson"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    printHoursCertificate: {
        parameters: {
            query: {
                /** @description 年份（四位数字），如 2026 */
                year: string;
            };
            header?: never;
            path: {
                /** @description 志愿者编号 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 可打印的 HTML 页面 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    getTeamHours: {
        parameters: {
            query: {
                /** @description 月份（YYYY-MM），如 2026-02 */
                month: string;
            };
            header?: never;
            path: {
                /** @description 志愿服务队编号 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 队伍月度时长 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        teamId: string;
                        month: string;
                        totalHours: number;
                        members: {
                            volunteerId: string;
                            name: string;
                            hours: number;
                            entries: number;
                        }[];
                        pending: components["schemas"]["VolunteerHoursEntry"][];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    getCommunityHours: {
        parameters: {
            query: {
                /** @description 社区代码（12 位），如 350203006029 */
                community: string;
                /** @description 月份（YYYY-MM），如 2026-02 */
                month: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 社区月度时长 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        community: string;
                        month: string;
                        totalHours: number;
                        /** @description 有已确认时长的志愿者人数 */
                        volunteers: number;
                        bySource: {
                            activity: number;
                            self: number;
                        };
                        byTeam: {
                            teamId: string;
                            name: string;
                            hours: number;
                        }[];
                        byVolunteer: {
                            volunteerId: string;
                            name: string;
                            hours: number;
                            entries: number;
                        }[];
                        pending: components["schemas"]["VolunteerHoursEntry"][];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    listPairings: {
        parameters: {
            query: {
                /** @description 社区代码（12 位），如 350203006029 */
                community: string;
                /** @description 按状态筛选，不传则不限 */
                status?: "active" | "ended";
                /** @description 每页条数（1–100，默认 20） */
                limit?: number;
                /** @description 上一页返回的 cursor；取第一页时不传 */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 一页结对 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PairingPage"];
                };
            };
            400: components["responses"]["BadRequestCursor"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    createPairing: {
        parameters: {
            query?: never;
            header?: {
                /** @description 幂等键（8–128 位字母、数字、下划线或连字符）。网络重试时带上同一个键，服务端返回第一次的结果而不会重复办理；同一个键用于不同的请求会被拒绝（422）。 */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    householdId: string;
                    /** @description 户主（帮扶对象）的人员编号 */
                    headPersonId: string;
                    helpers: {
                        /** @enum {string} */
                        kind: "worker" | "party-member" | "volunteer";
                        id: string;
                        /** @description 社区工作者须填写 */
                        name?: string;
                    }[];
                    /** @enum {string} */
                    every: "week" | "fortnight" | "month" | "quarter";
                    /** Format: date */
                    startOn: string;
                    needs?: string;
                };
            };
        };
        responses: {
            /** @description 新建的结对 */
            201: {
                headers: {
                    /** @description 值为 true 时表示这是用同一幂等键重试得到的第一次结果 */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Pairing"];
                };
            };
            400: components["responses"]["BadRequestJsonIdempotencyKey"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["ConflictOrInProgress"];
            422: components["responses"]["ValidationFailedOrKeyReused"];
            500: components["responses"]["InternalError"];
        };
    };
    getPairing: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 结对编号 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 结对及走访记录 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        pairingId: string;
                        /** @description 一帮一 或 二帮一 */
                        mode: string;
                        community: string;
                        householdId: string;
                        headPersonId: string;
                        headName: string;
                        helpers: {
                            kind: components["schemas"]["PairingHelperKind"];
                            id: string;
                            name: string;
                            personId?: string;
                        }[];
                        every: components["schemas"]["PairingFrequency"];
                        needs?: string;
                        startOn: string;
                        nextDue: string;
                        lastVisitedOn?: string;
                        visits: number;
                        /** @description 应走访日期已过仍未走访 */
                        behind: boolean;
                        status: components["schemas"]["PairingStatus"];
                        endedOn?: string;
                        endReason?: string;
                        version: number;
                        visitLog: {
                            visitId: string;
                            visitedOn: string;
                            helperId: string;
                            helperName: string;
                            notes: string;
                            recordedAt: string;
                        }[];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    logPairingVisit: {
        parameters: {
            query?: never;
            header?: {
                /** @description 幂等键（8–128 位字母、数字、下划线或连字符）。网络重试时带上同一个键，服务端返回第一次的结果而不会重复办理；同一个键用于不同的请求会被拒绝（422）。 */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description 结对编号 */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: date */
                    visitedOn: string;
                    /** @description 工作人员代记时：走访的帮扶人编号 */
                    helperId?: string;
                    notes: string;
                };
            };
        };
        responses: {
            /** @description 更新后的结对 */
            201: {
                headers: {
                    /** @description 值为 true 时表示这是用同一幂等键重试得到的第一次结果 */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Pairing"];
                };
            };
            400: components["responses"]["BadRequestJsonIdempotencyKey"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["ConflictOrInProgress"];
            422: components["responses"]["ValidationFailedOrKeyReused"];
            500: components["responses"]["InternalError"];
        };
    };
    endPairing: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 结对编号 */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason: string;
                    /** @description 读取到的版本号 */
                    version: number;
                };
            };
        };
        responses: {
            /** @description 已结束的结对 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Pairing"];
                };
            };
            400: components["responses"]["BadRequestJson"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    listMicroWishes: {
        parameters: {
            query: {
                /** @description 社区代码（12 位），如 350203006029 */
                community: string;
                /** @description 按状态筛选，不传则不限 */
                status?: "open" | "claimed" | "fulfilled" | "cancelled";
                /** @description 每页条数（1–100，默认 20） */
                limit?: number;
                /** @description 上一页返回的 cursor；取第一页时不传 */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 一页心愿 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WishPage"];
                };
            };
            400: components["responses"]["BadRequestCursor"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    postMicroWish: {
        parameters: {
            query?: never;
            header?: {
                /** @description 幂等键（8–128 位字母、数字、下划线或连字符）。网络重试时带上同一个键，服务端返回第一次的结果而不会重复办理；同一个键用于不同的请求会被拒绝（422）。 */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description 儿童在人口库中的编号 */
                    childId: string;
                    /** @description 如“一套绘本” */
                    title: string;
                    description: string;
                    /** Format: date */
                    deadline: string;
                };
            };
        };
        responses: {
            /** @description 已发布的心愿 */
            201: {
                headers: {
                    /** @description 值为 true 时表示这是用同一幂等键重试得到的第一次结果 */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Wish"];
                };
            };
            400: components["responses"]["BadRequestJsonIdempotencyKey"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["ConflictOrInProgress"];
            422: components["responses"]["ValidationFailedOrKeyReused"];
            500: components["responses"]["InternalError"];
        };
    };
    getMicroWish: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 心愿编号 */
                wishId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 心愿 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Wish"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    claimMicroWish: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 心愿编号 */
                wishId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description 可不填，不填则以匿名展示 */
                    name?: string;
                    /** @description 便于社区联系，可不填 */
                    contact?: string;
                };
            };
        };
        responses: {
            /** @description 已认领的心愿 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Wish"];
                };
            };
            400: components["responses"]["BadRequestJson"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    createMicroWishPhotoUpload: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 心愿编号 */
                wishId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    contentType: "image/jpeg" | "image/png" | "image/webp";
                    contentLength: number;
                };
            };
        };
        responses: {
            /** @description 上传地址和照片 key */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PhotoUpload"];
                };
            };
            400: components["responses"]["BadRequestJson"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    getMicroWishPhoto: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 心愿编号 */
                wishId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 照片 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "image/jpeg": string;
                    "image/png": string;
                    "image/webp": string;
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    fulfilMicroWish: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 心愿编号 */
                wishId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    photoKey: string;
                    note?: string;
                };
            };
        };
        responses: {
            /** @description 已实现的心愿 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Wish"];
                };
            };
            400: components["responses"]["BadRequestJson"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    cancelMicroWish: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 心愿编号 */
                wishId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason: string;
                };
            };
        };
        responses: {
            /** @description 已撤回的心愿 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Wish"];
                };
            };
            400: components["responses"]["BadRequestJson"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    createSharedItemPhotoUpload: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    contentType: "image/jpeg" | "image/png" | "image/webp";
                    contentLength: number;
                    /** @description 社区代码（12 位），如 350203006029 */
                    community: string;
                };
            };
        };
        responses: {
            /** @description 上传地址和照片 key */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PhotoUpload"];
                };
            };
            400: components["responses"]["BadRequestJson"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    listSharedItems: {
        parameters: {
            query: {
                /** @description 社区代码（12 位），如 350203006029 */
                community: string;
                /** @description 类别 */
                category?: string;
                /** @description 物品成色 */
                condition?: "new" | "good" | "fair";
                /** @description 按状态筛选，不传则不限 */
                status?: "available" | "held" | "on-loan" | "withdrawn";
                /** @description 每页条数（1–100，默认 20） */
                limit?: number;
                /** @description 上一页返回的 cursor；取第一页时不传 */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 一页物品 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SharedItemPage"];
                };
            };
            400: components["responses"]["BadRequestCursor"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    recordSharedItem: {
        parameters: {
            query?: never;
            header?: {
                /** @description 幂等键（8–128 位字母、数字、下划线或连字符）。网络重试时带上同一个键，服务端返回第一次的结果而不会重复办理；同一个键用于不同的请求会被拒绝（422）。 */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description 社区代码（12 位），如 350203006029 */
                    community: string;
                    name: string;
                    /** @description 如“图书”“玩具”“工具”“家电” */
                    category: string;
                    /** @enum {string} */
                    condition: "new" | "good" | "fair";
                    description?: string;
                    /** @default [] */
                    photos?: string[];
                    /** @enum {string} */
                    donorKind: "resident" | "unit" | "anonymous";
                    /** @description 居民或单位名称，可不填 */
                    donorName?: string;
                    /** @description 捐赠居民的人口库编号，可不填 */
                    donorPersonId?: string;
                    /**
                     * Format: date
                     * @description 不填为今天
                     */
                    donatedOn?: string;
                };
            };
        };
        responses: {
            /** @description 已登记的物品 */
            201: {
                headers: {
                    /** @description 值为 true 时表示这是用同一幂等键重试得到的第一次结果 */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SharedItem"];
                };
            };
            400: components["responses"]["BadRequestJsonIdempotencyKey"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["ConflictOrInProgress"];
            422: components["responses"]["ValidationFailedOrKeyReused"];
            500: components["responses"]["InternalError"];
        };
    };
    getSharedItem: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 物品编号 */
                itemId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 物品 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SharedItem"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    getSharedItemPhoto: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 物品编号 */
                itemId: string;
                /** @description 第几张照片，从 0 起 */
                index: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 照片 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "image/jpeg": string;
                    "image/png": string;
                    "image/webp": string;
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    withdrawSharedItem: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 物品编号 */
                itemId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason: string;
                };
            };
        };
        responses: {
            /** @description 已下架的物品 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SharedItem"];
                };
            };
            400: components["responses"]["BadRequestJson"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    holdSharedItem: {
        parameters: {
            query?: never;
            header?: {
                /** @description 幂等键（8–128 位字母、数字、下划线或连字符）。网络重试时带上同一个键，服务端返回第一次的结果而不会重复办理；同一个键用于不同的请求会被拒绝（422）。 */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description 物品编号 */
                itemId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description 工作人员代居民办理时必填；居民本人办理时不填 */
                    personId?: string;
                };
            };
        };
        responses: {
            /** @description 预约 */
            201: {
                headers: {
                    /** @description 值为 true 时表示这是用同一幂等键重试得到的第一次结果 */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ItemHold"];
                };
            };
            400: components["responses"]["BadRequestJsonIdempotencyKey"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["ConflictOrInProgress"];
            422: components["responses"]["ValidationFailedOrKeyReused"];
            500: components["responses"]["InternalError"];
        };
    };
    cancelSharedItemHold: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 物品编号 */
                itemId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 物品 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SharedItem"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    borrowSharedItem: {
        parameters: {
            query?: never;
            header?: {
                /** @description 幂等键（8–128 位字母、数字、下划线或连字符）。网络重试时带上同一个键，服务端返回第一次的结果而不会重复办理；同一个键用于不同的请求会被拒绝（422）。 */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description 物品编号 */
                itemId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description 工作人员代居民办理时必填；居民本人办理时不填 */
                    personId?: string;
                    /** @description 不填为 14 天 */
                    days?: number;
                };
            };
        };
        responses: {
            /** @description 借用记录 */
            201: {
                headers: {
                    /** @description 值为 true 时表示这是用同一幂等键重试得到的第一次结果 */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ItemLoan"];
                };
            };
            400: components["responses"]["BadRequestJsonIdempotencyKey"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["ConflictOrInProgress"];
            422: components["responses"]["ValidationFailedOrKeyReused"];
            500: components["responses"]["InternalError"];
        };
    };
    renewSharedLoan: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 借用记录编号 */
                loanId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 续借后的借用记录 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ItemLoan"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    returnSharedLoan: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 借用记录编号 */
                loanId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description 归还时的成色，不填则不变
                     * @enum {string}
                     */
                    condition?: "new" | "good" | "fair";
                };
            };
        };
        responses: {
            /** @description 已归还的借用记录 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ItemLoan"];
                };
            };
            400: components["responses"]["BadRequestJson"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    listSharedLoans: {
        parameters: {
            query?: {
                /** @description 工作人员代居民办理时必填；居民本人办理时不填 */
                personId?: string;
                /** @description 工作人员查看社区全部未还借用时填写（不填 personId） */
                community?: string;
                /** @description 每页条数（1–100，默认 20） */
                limit?: number;
                /** @description 上一页返回的 cursor；取第一页时不传 */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 一页借用记录 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ItemLoanPage"];
                };
            };
            400: components["responses"]["BadRequestCursor"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    listGardenPlots: {
        parameters: {
            query: {
                /** @description 社区代码（12 位），如 350203006029 */
                community: string;
                /** @description 按状态筛选，不传则不限 */
                status?: "free" | "claimed";
                /** @description 每页条数（1–100，默认 20） */
                limit?: number;
                /** @description 上一页返回的 cursor；取第一页时不传 */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 一页地块 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GardenPlotPage"];
                };
            };
            400: components["responses"]["BadRequestCursor"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    defineGardenPlot: {
        parameters: {
            query?: never;
            header?: {
                /** @description 幂等键（8–128 位字母、数字、下划线或连字符）。网络重试时带上同一个键，服务端返回第一次的结果而不会重复办理；同一个键用于不同的请求会被拒绝（422）。 */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description 社区代码（12 位），如 350203006029 */
                    community: string;
                    code: string;
                    sizeSqm?: number;
                    note?: string;
                };
            };
        };
        responses: {
            /** @description 地块 */
            201: {
                headers: {
                    /** @description 值为 true 时表示这是用同一幂等键重试得到的第一次结果 */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GardenPlot"];
                };
            };
            400: components["responses"]["BadRequestJsonIdempotencyKey"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["ConflictOrInProgress"];
            422: components["responses"]["ValidationFailedOrKeyReused"];
            500: components["responses"]["InternalError"];
        };
    };
    claimGardenPlot: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 菜地编号 */
                plotId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description 工作人员代居民办理时必填；居民本人办理时不填 */
                    personId?: string;
                    season: string;
                };
            };
        };
        responses: {
            /** @description 已认领的地块 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GardenPlot"];
                };
            };
            400: components["responses"]["BadRequestJson"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    releaseGardenPlot: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 菜地编号 */
                plotId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 空闲的地块 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GardenPlot"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    listCases: {
        parameters: {
            query: {
                /** @description 社区代码（12 位），如 350203006029 */
                community: string;
                /** @description 状态 */
                status?: components["schemas"]["CaseStatus"];
                /** @description 诉求类别 */
                category?: components["schemas"]["CaseCategoryCode"];
                /** @description true 时只列出已逾期的 */
                overdue?: "true" | "false";
                /** @description 每页条数（1–100，默认 20） */
                limit?: number;
                /** @description 上一页返回的 cursor；取第一页时不传 */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 一页诉求 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CasePage"];
                };
            };
            400: components["responses"]["BadRequestCursor"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    fileCase: {
        parameters: {
            query?: never;
            header?: {
                /** @description 幂等键（8–128 位字母、数字、下划线或连字符）。网络重试时带上同一个键，服务端返回第一次的结果而不会重复办理；同一个键用于不同的请求会被拒绝（422）。 */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description 居民本人提交时固定为 mailbox（民生信箱） */
                    channel?: components["schemas"]["CaseChannel"];
                    category: components["schemas"]["CaseCategoryCode"];
                    /** @description 简短概括，如“楼道堆物”，相同事项会归并为议题 */
                    topic: string;
                    description: string;
                    /** @description 诉求人在人口库中的编号；居民本人提交时不填 */
                    personId?: string;
                    /** @description 匿名诉求所涉社区或网格；有诉求人时取其居住地 */
                    area?: string;
                };
            };
        };
        responses: {
            /** @description 已登记的诉求 */
            201: {
                headers: {
                    /** @description 值为 true 时表示这是用同一幂等键重试得到的第一次结果 */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Case"];
                };
            };
            400: components["responses"]["BadRequestJsonIdempotencyKey"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["ConflictOrInProgress"];
            422: components["responses"]["ValidationFailedOrKeyReused"];
            500: components["responses"]["InternalError"];
        };
    };
    listMyCases: {
        parameters: {
            query?: {
                /** @description 每页条数（1–100，默认 20） */
                limit?: number;
                /** @description 上一页返回的 cursor；取第一页时不传 */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 一页诉求 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CasePage"];
                };
            };
            400: components["responses"]["BadRequestCursor"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    listCaseCategories: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 类别 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["CaseCategory"][];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["InternalError"];
        };
    };
    setCaseCategoryDeadline: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 诉求类别 */
                category: components["schemas"]["CaseCategoryCode"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    deadlineDays: number;
                };
            };
        };
        responses: {
            /** @description 类别 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseCategory"];
                };
            };
            400: components["responses"]["BadRequestJson"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    listCaseTopics: {
        parameters: {
            query: {
                /** @description 社区代码（12 位），如 350203006029 */
                community: string;
                /** @description 议事日（实际召开日），不填为下一个议事日 */
                deliberationDate?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 议题 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date */
                        deliberationDate: string;
                        items: components["schemas"]["CaseTopic"][];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    getCaseCompliance: {
        parameters: {
            query: {
                /** @description 地区代码：区 6 位、街道 9 位、社区 12 位，或网格如 350203006029-03；只返回该地区内的记录 */
                area: string;
                /** @description 月份（YYYY-MM），如 2026-02 */
                month: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 按期办结情况 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        area: string;
                        month: string;
                        total: {
                            key: string;
                            label: string;
                            /** @description 期内应办结的件数（到期日在所选月份内） */
                            due: number;
                            handledInTime: number;
                            handledLate: number;
                            /** @description 已逾期仍未办结 */
                            overdueOpen: number;
                            /** @description 按期办结率（%），无应办结件时为空 */
                            rate: number | null;
                        };
                        byCommunity: {
                            key: string;
                            label: string;
                            /** @description 期内应办结的件数（到期日在所选月份内） */
                            due: number;
                            handledInTime: number;
                            handledLate: number;
                            /** @description 已逾期仍未办结 */
                            overdueOpen: number;
                            /** @description 按期办结率（%），无应办结件时为空 */
                            rate: number | null;
                        }[];
                        byCategory: {
                            key: string;
                            label: string;
                            /** @description 期内应办结的件数（到期日在所选月份内） */
                            due: number;
                            handledInTime: number;
                            handledLate: number;
                            /** @description 已逾期仍未办结 */
                            overdueOpen: number;
                            /** @description 按期办结率（%），无应办结件时为空 */
                            rate: number | null;
                        }[];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    getCase: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 物品编号 */
                caseId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 诉求 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Case"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    runCaseCommand: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 物品编号 */
                caseId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @constant */
                    type: "accept";
                    version: number;
                    assignee: {
                        /** @enum {string} */
                        kind: "department" | "person";
                        name: string;
                        /** @description 承办工作人员的登录账号，逾期时通知到本人 */
                        subject?: string;
                    };
                    /** @description 不填则按类别的办理时限 */
                    deadlineDays?: number;
                } | {
                    /** @constant */
                    type: "transfer";
                    version: number;
                    assignee: {
                        /** @enum {string} */
                        kind: "department" | "person";
                        name: string;
                        /** @description 承办工作人员的登录账号，逾期时通知到本人 */
                        subject?: string;
                    };
                    reason: string;
                } | {
                    /** @constant */
                    type: "handle";
                    version: number;
                    outcome: string;
                } | {
                    /** @constant */
                    type: "publish";
                    version: number;
                    /** @description 默认 7 天 */
                    days?: number;
                    /** @description 在公示栏上展示的办理结果，不填则用办理结果原文；不得含姓名、身份证号、手机号 */
                    summary?: string;
                } | {
                    /** @constant */
                    type: "follow-up";
                    version: number;
                    satisfaction: components["schemas"]["CaseSatisfaction"];
                    note?: string;
                } | {
                    /** @constant */
                    type: "refer";
                    version: number;
                    /** @description 如“区城管执法局” */
                    to: string;
                    reason: string;
                } | {
                    /** @constant */
                    type: "decline";
                    version: number;
                    reason: string;
                } | {
                    /** @constant */
                    type: "withdraw";
                    version: number;
                    reason: string;
                };
            };
        };
        responses: {
            /** @description 办理后的诉求 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Case"];
                };
            };
            400: components["responses"]["BadRequestJson"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    getRepresentatives: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 社区代码（12 位），如 350203006029 */
                community: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 居民代表和工作人员 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Representatives"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    setRepresentatives: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 社区代码（12 位），如 350203006029 */
                community: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @default [] */
                    persons?: string[];
                    /** @default [] */
                    staff?: string[];
                    version: number;
                };
            };
        };
        responses: {
            /** @description 设置后的居民代表和工作人员 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Representatives"];
                };
            };
            400: components["responses"]["BadRequestJson"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    getCivicCalendar: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 社区代码（12 位），如 350203006029 */
                community: string;
                /** @description 月份（YYYY-MM），如 2026-02 */
                month: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 当月日历 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CivicCalendar"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    recordCivicDay: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 社区代码（12 位），如 350203006029 */
                community: string;
                /** @description 月份（YYYY-MM），如 2026-02 */
                month: string;
                /** @description 类型 */
                kind: "reception" | "disclosure" | "publicity" | "deliberation" | "evaluation" | "service-week";
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    agenda?: string[];
                    attendance?: {
                        /** @default [] */
                        representatives?: string[];
                        /** @default [] */
                        staff?: string[];
                        /** @default 0 */
                        otherResidents?: number;
                    };
                    minutes?: string;
                    version: number;
                };
            };
        };
        responses: {
            /** @description 填写后的这一天 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        kind: "reception" | "disclosure" | "publicity" | "deliberation" | "evaluation" | "service-week";
                        name: string;
                        what: string;
                        /**
                         * Format: date
                         * @description 规定的日子（服务周为其星期一）
                         */
                        nominal: string;
                        /**
                         * Format: date
                         * @description 实际举行的工作日
                         */
                        date: string;
                        /** @description 服务周的各个工作日 */
                        days?: string[];
                        /** @description 顺延的原因 */
                        movedBecause?: string;
                        agenda: {
                            text: string;
                            /**
                             * @description worker：工作人员列入；recurring-topic：本月集中反映的诉求（议事日自动列入）
                             * @enum {string}
                             */
                            source: "worker" | "recurring-topic";
                            topicId?: string;
                            caseCount?: number;
                            /** @description 仅本社区工作人员可见 */
                            caseIds?: string[];
                        }[];
                        attendance?: {
                            representativesPresent: number;
                            representativesTotal: number;
                            /** @description 仅本社区工作人员可见 */
                            representatives?: {
                                personId: string;
                                name: string;
                            }[];
                            /** @description 仅本社区工作人员可见 */
                            staff?: string[];
                            otherResidents: number;
                            recordedAt: string;
                        };
                        minutes?: {
                            text: string;
                            recordedAt: string;
                        };
                        /** @description 该日记录的版本号，0 表示尚无记录 */
                        version: number;
                    };
                };
            };
            400: components["responses"]["BadRequestJson"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    setServiceWeek: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 社区代码（12 位），如 350203006029 */
                community: string;
                /** @description 月份（YYYY-MM），如 2026-02 */
                month: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: date */
                    start: string;
                    version: number;
                };
            };
        };
        responses: {
            /** @description 调整后的当月日历 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CivicCalendar"];
                };
            };
            400: components["responses"]["BadRequestJson"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    listEvaluations: {
        parameters: {
            query: {
                /** @description 社区代码（12 位），如 350203006029 */
                community: string;
                /** @description 每页条数（1–100，默认 20） */
                limit?: number;
                /** @description 上一页返回的 cursor；取第一页时不传 */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 一页评议，按季度先后排列 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EvaluationPage"];
                };
            };
            400: components["responses"]["BadRequestCursor"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    createEvaluation: {
        parameters: {
            query?: never;
            header?: {
                /** @description 幂等键（8–128 位字母、数字、下划线或连字符）。网络重试时带上同一个键，服务端返回第一次的结果而不会重复办理；同一个键用于不同的请求会被拒绝（422）。 */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description 社区代码（12 位），如 350203006029 */
                    community: string;
                    month: string;
                    workers: {
                        name: string;
                        /** @description 如“社区党委书记、居委会主任”“网格员” */
                        title: string;
                        /** @description 工作人员的登录账号（sub） */
                        subject?: string;
                        /** @description 工作人员在人口库中的编号 */
                        personId?: string;
                    }[];
                    /** @description 不填则为：服务态度、办事效率、工作实绩、廉洁自律 */
                    items?: string[];
                };
            };
        };
        responses: {
            /** @description 已创建的评议（尚未发卡） */
            201: {
                headers: {
                    /** @description 值为 true 时表示这是用同一幂等键重试得到的第一次结果 */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Evaluation"];
                };
            };
            400: components["responses"]["BadRequestJsonIdempotencyKey"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["ConflictOrInProgress"];
            422: components["responses"]["ValidationFailedOrKeyReused"];
            500: components["responses"]["InternalError"];
        };
    };
    getEvaluation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 测评编号 */
                evaluationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 评议 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Evaluation"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    listEvaluationCards: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 测评编号 */
                evaluationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 全部评议卡 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["EvaluationCard"][];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    issueEvaluationCards: {
        parameters: {
            query?: never;
            header?: {
                /** @description 幂等键（8–128 位字母、数字、下划线或连字符）。网络重试时带上同一个键，服务端返回第一次的结果而不会重复办理；同一个键用于不同的请求会被拒绝（422）。 */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description 测评编号 */
                evaluationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 全部评议卡 */
            201: {
                headers: {
                    /** @description 值为 true 时表示这是用同一幂等键重试得到的第一次结果 */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        evaluation: components["schemas"]["Evaluation"];
                        /** @description 本次新发的评议卡数（重复发放时为 0） */
                        issuedNow: number;
                        cards: components["schemas"]["EvaluationCard"][];
                    };
                };
            };
            400: components["responses"]["BadRequestIdempotencyKey"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["ConflictOrInProgress"];
            422: components["responses"]["ValidationFailedOrKeyReused"];
            500: components["responses"]["InternalError"];
        };
    };
    getEvaluationResults: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 测评编号 */
                evaluationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 评议结果 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EvaluationResults"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    closeEvaluation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 测评编号 */
                evaluationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 固定的评议结果 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EvaluationResults"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    getEvaluationCard: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 评议卡上印的编码（大小写、连字符均可） */
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 评议卡 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicEvaluationCard"];
                };
            };
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    answerEvaluationCard: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 评议卡上印的编码（大小写、连字符均可） */
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description 工作人员编号 → 评议项目编号 → 评价 */
                    scores: {
                        [key: string]: {
                            [key: string]: "satisfied" | "fair" | "dissatisfied";
                        };
                    };
                    comment?: string;
                };
            };
        };
        responses: {
            /** @description 已收到的评议卡 */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        code: string;
                        answeredAt: string;
                        /** @constant */
                        counted: true;
                    };
                };
            };
            400: components["responses"]["BadRequestJson"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    listQuestionnaires: {
        parameters: {
            query: {
                /** @description 社区代码（12 位），如 350203006029 */
                community: string;
                /** @description 月份（YYYY-MM），如 2026-02 */
                month?: string;
                /** @description 按状态筛选，不传则不限 */
                status?: "draft" | "open" | "closed";
                /** @description 每页条数（1–100，默认 20） */
                limit?: number;
                /** @description 上一页返回的 cursor；取第一页时不传 */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 一页问卷 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QuestionnairePage"];
                };
            };
            400: components["responses"]["BadRequestCursor"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    createQuestionnaire: {
        parameters: {
            query?: never;
            header?: {
                /** @description 幂等键（8–128 位字母、数字、下划线或连字符）。网络重试时带上同一个键，服务端返回第一次的结果而不会重复办理；同一个键用于不同的请求会被拒绝（422）。 */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description 社区代码（12 位），如 350203006029 */
                    community: string;
                    /** @description 服务周所在月份 */
                    month: string;
                    title: string;
                    description?: string;
                    questions: {
                        /** @enum {string} */
                        kind: "single" | "multi" | "text";
                        text: string;
                        options?: string[];
                        /** @description 默认必答 */
                        required?: boolean;
                    }[];
                };
            };
        };
        responses: {
            /** @description 问卷草稿 */
            201: {
                headers: {
                    /** @description 值为 true 时表示这是用同一幂等键重试得到的第一次结果 */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Questionnaire"];
                };
            };
            400: components["responses"]["BadRequestJsonIdempotencyKey"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["ConflictOrInProgress"];
            422: components["responses"]["ValidationFailedOrKeyReused"];
            500: components["responses"]["InternalError"];
        };
    };
    getQuestionnaire: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 问卷编号 */
                questionnaireId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 问卷 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Questionnaire"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    openQuestionnaire: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 问卷编号 */
                questionnaireId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 发放中的问卷 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Questionnaire"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    closeQuestionnaire: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 问卷编号 */
                questionnaireId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 统计结果 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QuestionnaireTally"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    respondToQuestionnaire: {
        parameters: {
            query?: never;
            header?: {
                /** @description 幂等键（8–128 位字母、数字、下划线或连字符）。网络重试时带上同一个键，服务端返回第一次的结果而不会重复办理；同一个键用于不同的请求会被拒绝（422）。 */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description 问卷编号 */
                questionnaireId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description 代录时必填：填写人在人口库中的编号；居民本人填写时不填 */
                    personId?: string;
                    /** @description 题目编号 → 回答 */
                    answers: {
                        [key: string]: string | string[];
                    };
                };
            };
        };
        responses: {
            /** @description 已收到的答卷（重试时为原答卷） */
            201: {
                headers: {
                    /** @description 值为 true 时表示这是用同一幂等键重试得到的第一次结果 */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QuestionnaireResponse"];
                };
            };
            400: components["responses"]["BadRequestJsonIdempotencyKey"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["ConflictOrInProgress"];
            422: components["responses"]["ValidationFailedOrKeyReused"];
            500: components["responses"]["InternalError"];
        };
    };
    getQuestionnaireTally: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 问卷编号 */
                questionnaireId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 统计结果 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QuestionnaireTally"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    listInbox: {
        parameters: {
            query?: {
                /** @description 每页条数（1–100，默认 20） */
                limit?: number;
                /** @description 上一页返回的 cursor；取第一页时不传 */
                cursor?: string;
                /** @description true：只列未读消息 */
                unread?: "true" | "false";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 一页消息和未读数 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["InboxEntry"][];
                        /** @description 下一页的 cursor；没有下一页时不返回 */
                        cursor?: string;
                        unread: number;
                    };
                };
            };
            400: components["responses"]["BadRequestCursor"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    markMessageRead: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 消息编号 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 未读数 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        unread: number;
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    getMessageStatus: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 消息编号 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 消息及其发送状态 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Message"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    listSentMessages: {
        parameters: {
            query?: {
                /** @description 渠道 */
                channel?: "sms" | "email";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 记录的发送 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            deliveryId: string;
                            to: string;
                            title: string;
                            body: string;
                            at: string;
                        }[];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    getPreferences: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 消息设置 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationPreferences"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["InternalError"];
        };
    };
    setPreferences: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description 各类消息经哪些渠道发送；未列出的类型按默认（站内信，登记了手机号的再发短信）。站内信总会保留，列表为空表示只发站内信。 */
                    channels: {
                        /** @description 补助申请进度 */
                        application?: ("in-app" | "sms" | "email")[];
                        /** @description 补助发放 */
                        payment?: ("in-app" | "sms" | "email")[];
                        /** @description 公示公告 */
                        notice?: ("in-app" | "sms" | "email")[];
                        /** @description 活动和办事提醒 */
                        reminder?: ("in-app" | "sms" | "email")[];
                        /** @description 诉求办理 */
                        case?: ("in-app" | "sms" | "email")[];
                        /** @description 社区通知 */
                        broadcast?: ("in-app" | "sms" | "email")[];
                        /** @description 工作待办 */
                        task?: ("in-app" | "sms" | "email")[];
                    };
                    /** @description 免打扰时段（上海时间 HH:MM）：from 晚于 to 时跨过午夜（如 22:00 至次日 08:00），早于 to 时在当天之内（如 12:00 至 14:00）；from 与 to 相同表示不设免打扰。时段内的非紧急短信和邮件顺延到时段结束后发送。 */
                    quietHours: {
                        from: string;
                        to: string;
                    };
                    /** @description 每天最多发到手机或邮箱的消息条数，紧急消息不计 */
                    dailyLimit: number;
                    /** @description 读取到的版本号；从未设置时为 0 */
                    version: number;
                };
            };
        };
        responses: {
            /** @description 保存后的消息设置 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationPreferences"];
                };
            };
            400: components["responses"]["BadRequestJson"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    listTemplates: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 使用中的模板 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["MessageTemplate"][];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["InternalError"];
        };
    };
    getTemplate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 模板代码 */
                key: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 当前版本和版本列表 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        current: components["schemas"]["MessageTemplate"];
                        versions: {
                            /** @description 版本号；0 为内置模板 */
                            version: number;
                            /**
                             * @description built-in：内置模板；district：本区保存的版本
                             * @enum {string}
                             */
                            source: "built-in" | "district";
                            title: string;
                            /** @description 保存该版本的用户编号 */
                            savedBy?: string;
                            savedAt?: string;
                        }[];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    saveTemplate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 模板代码 */
                key: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    kind: "application" | "payment" | "notice" | "reminder" | "case" | "broadcast" | "task";
                    /**
                     * @description 紧急消息不受免打扰时段和每日上限限制
                     * @default false
                     */
                    urgent?: boolean;
                    title: string;
                    body: string;
                    /** @default [] */
                    variables?: {
                        name: string;
                        /** @enum {string} */
                        type: "text" | "date" | "money" | "number";
                        label: string;
                    }[];
                    /** @description 读取到的当前版本号；内置模板尚无本区版本时为 0 */
                    version: number;
                };
            };
        };
        responses: {
            /** @description 保存后的当前版本 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MessageTemplate"];
                };
            };
            400: components["responses"]["BadRequestJson"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    getTemplateVersion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 模板代码 */
                key: string;
                /** @description 模板版本号 */
                version: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 该版本 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MessageTemplate"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    previewTemplate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 模板代码 */
                key: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @default {} */
                    variables?: {
                        [key: string]: string | number;
                    };
                };
            };
        };
        responses: {
            /** @description 生成的标题和正文 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        key: string;
                        version: number;
                        urgent: boolean;
                        title: string;
                        body: string;
                    };
                };
            };
            400: components["responses"]["BadRequestJson"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    listBroadcasts: {
        parameters: {
            query: {
                /** @description 社区代码（12 位），如 350203006029 */
                community: string;
                /** @description 每页条数（1–100，默认 20） */
                limit?: number;
                /** @description 上一页返回的 cursor；取第一页时不传 */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 一页群发 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BroadcastPage"];
                };
            };
            400: components["responses"]["BadRequestCursor"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    createBroadcast: {
        parameters: {
            query?: never;
            header?: {
                /** @description 幂等键（8–128 位字母、数字、下划线或连字符）。网络重试时带上同一个键，服务端返回第一次的结果而不会重复办理；同一个键用于不同的请求会被拒绝（422）。 */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description 社区代码（12 位），如 350203006029 */
                    community: string;
                    group: string;
                    title: string;
                    body: string;
                    /**
                     * @description 紧急通知不受免打扰时段和每日条数限制
                     * @default false
                     */
                    urgent?: boolean;
                };
            };
        };
        responses: {
            /** @description 已受理的群发 */
            202: {
                headers: {
                    /** @description 值为 true 时表示这是用同一幂等键重试得到的第一次结果 */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Broadcast"];
                };
            };
            400: components["responses"]["BadRequestJsonIdempotencyKey"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["ConflictOrInProgress"];
            422: components["responses"]["ValidationFailedOrKeyReused"];
            500: components["responses"]["InternalError"];
        };
    };
    getBroadcast: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 群发通知编号 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 群发及其报告 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Broadcast"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    cancelBroadcast: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 群发通知编号 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 取消后的群发 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Broadcast"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    getSegmentSize: {
        parameters: {
            query: {
                /** @description 社区代码（12 位），如 350203006029 */
                community: string;
                /** @description 特殊群体代码 */
                group: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 人数 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        community: string;
                        group: string;
                        members: number;
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    postNotice: {
        parameters: {
            query?: never;
            header?: {
                /** @description 幂等键（8–128 位字母、数字、下划线或连字符）。网络重试时带上同一个键，服务端返回第一次的结果而不会重复办理；同一个键用于不同的请求会被拒绝（422）。 */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description 张贴到哪一级的公示栏：区的公告在其所有街道和社区的公示栏都显示 */
                    area: string;
                    /** @enum {string} */
                    kind: "policy" | "activity" | "other";
                    title: string;
                    /** @description 不得包含完整的身份证号或手机号 */
                    body: string;
                    /**
                     * Format: date
                     * @description 不能早于今天（北京时间）
                     */
                    postedFrom: string;
                    /**
                     * Format: date
                     * @description 公示期最后一天（含），公示期最长 90 天
                     */
                    postedUntil: string;
                };
            };
        };
        responses: {
            /** @description 已发布的公告 */
            201: {
                headers: {
                    /** @description 值为 true 时表示这是用同一幂等键重试得到的第一次结果 */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Notice"];
                };
            };
            400: components["responses"]["BadRequestJsonIdempotencyKey"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["ConflictOrInProgress"];
            422: components["responses"]["ValidationFailedOrKeyReused"];
            500: components["responses"]["InternalError"];
        };
    };
    takeDownNotice: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 公示编号 */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason: string;
                };
            };
        };
        responses: {
            /** @description 已撤下的公告 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Notice"];
                };
            };
            400: components["responses"]["BadRequestJson"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    getBoard: {
        parameters: {
            query: {
                /** @description 社区（12 位）、街道（9 位）或区（6 位）代码；网格代码按所属社区 */
                area: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 当前公示 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        area: string;
                        /** @description 按北京时间的当天 */
                        day: string;
                        notices: components["schemas"]["PublicNotice"][];
                    };
                };
            };
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    printBoardNotice: {
        parameters: {
            query: {
                /** @description 公示栏所在地区代码 */
                area: string;
                /** @description 公示编号 */
                id: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 可打印的 HTML 页面 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    getPopulation: {
        parameters: {
            query: {
                /** @description 地区代码：区 6 位、街道 9 位、社区 12 位，或网格如 350203006029-03 */
                area: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 人口统计 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Population"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    getGroupStatistics: {
        parameters: {
            query: {
                /** @description 地区代码：区 6 位、街道 9 位、社区 12 位，或网格如 350203006029-03 */
                area: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 特殊群体统计 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GroupCounts"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    getDisabledStatistics: {
        parameters: {
            query: {
                /** @description 地区代码：区 6 位、街道 9 位、社区 12 位，或网格如 350203006029-03 */
                area: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 残疾人统计 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DisabledCounts"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    getAgeStructure: {
        parameters: {
            query: {
                /** @description 地区代码：区 6 位、街道 9 位、社区 12 位，或网格如 350203006029-03 */
                area: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 年龄结构 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgeStructure"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    getBenefitStatistics: {
        parameters: {
            query: {
                /** @description 地区代码：区 6 位、街道 9 位、社区 12 位，或网格如 350203006029-03 */
                area: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 在保补助统计 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BenefitCounts"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    getSpecialFigures: {
        parameters: {
            query: {
                /** @description 地区代码：区 6 位、街道 9 位、社区 12 位，或网格如 350203006029-03 */
                area: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 专项统计 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SpecialFigures"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    getReport: {
        parameters: {
            query: {
                /** @description 地区代码：区 6 位、街道 9 位、社区 12 位，或网格如 350203006029-03 */
                area: string;
            };
            header?: never;
            path: {
                /** @description 报表种类 */
                kind: "civil-affairs-monthly" | "population" | "disabled" | "employment-bases" | "civil-affairs-yearly";
                /** @description 报表期间：月报为 YYYY-MM，年报为 YYYY */
                period: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 报表 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportTable"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    compileReport: {
        parameters: {
            query: {
                /** @description 地区代码：区 6 位、街道 9 位、社区 12 位，或网格如 350203006029-03 */
                area: string;
            };
            header?: never;
            path: {
                /** @description 报表种类 */
                kind: "civil-affairs-monthly" | "population" | "disabled" | "employment-bases" | "civil-affairs-yearly";
                /** @description 报表期间：月报为 YYYY-MM，年报为 YYYY */
                period: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 新编制的报表 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportTable"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    compareReports: {
        parameters: {
            query: {
                /** @description 地区代码：区 6 位、街道 9 位、社区 12 位，或网格如 350203006029-03 */
                area: string;
                /** @description 前一期 */
                from: string;
                /** @description 后一期 */
                to: string;
            };
            header?: never;
            path: {
                /** @description 报表种类 */
                kind: "civil-affairs-monthly" | "population" | "disabled" | "employment-bases" | "civil-affairs-yearly";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 两期对比 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportComparison"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    exportReport: {
        parameters: {
            query: {
                /** @description 地区代码：区 6 位、街道 9 位、社区 12 位，或网格如 350203006029-03 */
                area: string;
                /** @description 导出格式：xlsx 或 csv */
                format?: "xlsx" | "csv";
            };
            header?: never;
            path: {
                /** @description 类型 */
                kind: "civil-affairs-monthly" | "population" | "disabled" | "employment-bases" | "civil-affairs-yearly";
                /** @description 报表期间：月报为 YYYY-MM，年报为 YYYY */
                period: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Excel 或 CSV 报表文件（按 format） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv": string;
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    listReconciliations: {
        parameters: {
            query: {
                /** @description 地区代码：区 6 位、街道 9 位、社区 12 位，或网格如 350203006029-03 */
                area: string;
                /** @description 每页条数（1–100，默认 20） */
                limit?: number;
                /** @description 上一页返回的 cursor；取第一页时不传 */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 一页核对记录 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DriftReportPage"];
                };
            };
            400: components["responses"]["BadRequestCursor"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
}
