/**
 * Generated from the server's OpenAPI document (GET /api/openapi.json) by `npm run gen:api`: do not edit.
 * test/web/api-types.test.ts fails when it no longer matches the server's schemas.
 */

export interface paths {
    "/api/v1/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Máy chủ và cơ sở dữ liệu có trả lời không / whether the server and its database answer */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Thành công / OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            status: "ok";
                            /** @enum {string} */
                            db: "sqlite" | "postgres";
                            version: string;
                        };
                    };
                };
                /** @description Yêu cầu sai: tham số, trường hoặc nội dung không hợp lệ / a bad request: a parameter, field or body that fails its schema (BAD_REQUEST, INVALID_DATE, INVALID_JSON) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Lỗi nội bộ máy chủ / internal server error (INTERNAL, PDF_FAILED) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Dịch vụ tạm thời chưa sẵn sàng / the service is not ready (DB_UNAVAILABLE, PDF_UNAVAILABLE, AGGREGATES_NOT_READY) */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Đăng nhập: đặt cookie phiên, trả mã CSRF / sign in: sets the session cookie, answers the CSRF token */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        username: string;
                        password: string;
                    };
                };
            };
            responses: {
                /** @description Thành công / OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            user: {
                                username: string;
                                /** @enum {string} */
                                role: "admin" | "approver" | "reporter" | "viewer" | "api_client";
                                units: string[];
                                displayName?: string;
                            };
                            csrfToken: string;
                        };
                    };
                };
                /** @description Yêu cầu sai: tham số, trường hoặc nội dung không hợp lệ / a bad request: a parameter, field or body that fails its schema (BAD_REQUEST, INVALID_DATE, INVALID_JSON) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Chưa đăng nhập, phiên hết hạn hoặc sai thông tin đăng nhập / no caller, an expired session, or wrong credentials (UNAUTHENTICATED, INVALID_CREDENTIALS) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Nội dung gửi lên quá lớn / the body is too large (PAYLOAD_TOO_LARGE) */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Kiểu nội dung không được hỗ trợ / unsupported content type (UNSUPPORTED_MEDIA_TYPE) */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Quá nhiều lần thử; xem Retry-After / too many attempts; see Retry-After (RATE_LIMITED) */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Lỗi nội bộ máy chủ / internal server error (INTERNAL, PDF_FAILED) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Đăng xuất: xoá phiên / sign out: ends the session */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Đã đăng xuất, cookie phiên đã xoá / signed out, the session cookie cleared */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Yêu cầu sai: tham số, trường hoặc nội dung không hợp lệ / a bad request: a parameter, field or body that fails its schema (BAD_REQUEST, INVALID_DATE, INVALID_JSON) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Chưa đăng nhập, phiên hết hạn hoặc sai thông tin đăng nhập / no caller, an expired session, or wrong credentials (UNAUTHENTICATED, INVALID_CREDENTIALS) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Không có quyền, hoặc thiếu mã chống giả mạo (CSRF) / not allowed, or the CSRF token is missing (FORBIDDEN, CSRF_INVALID) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Nội dung gửi lên quá lớn / the body is too large (PAYLOAD_TOO_LARGE) */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Kiểu nội dung không được hỗ trợ / unsupported content type (UNSUPPORTED_MEDIA_TYPE) */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Lỗi nội bộ máy chủ / internal server error (INTERNAL, PDF_FAILED) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Người đang gọi, mã CSRF và những việc được làm / the caller, its CSRF token and what it may do */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Thành công / OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            actor: {
                                /** @enum {string} */
                                kind: "user" | "token";
                                name: string;
                                /** @enum {string} */
                                role: "admin" | "approver" | "reporter" | "viewer" | "api_client";
                                units: string[];
                                unitVersions?: {
                                    code: string;
                                    name: string;
                                    level: string;
                                    validFrom: string | null;
                                    validTo: string | null;
                                }[];
                                elements?: string[];
                                displayName?: string;
                            };
                            csrfToken: string | null;
                            abilities: {
                                read: boolean;
                                read_coverage: boolean;
                                write_values: boolean;
                                submit: boolean;
                                approve: boolean;
                                return: boolean;
                                reopen: boolean;
                                manage: boolean;
                                explain: boolean;
                                direct: boolean;
                                read_personal: boolean;
                            };
                        };
                    };
                };
                /** @description Yêu cầu sai: tham số, trường hoặc nội dung không hợp lệ / a bad request: a parameter, field or body that fails its schema (BAD_REQUEST, INVALID_DATE, INVALID_JSON) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Chưa đăng nhập, phiên hết hạn hoặc sai thông tin đăng nhập / no caller, an expired session, or wrong credentials (UNAUTHENTICATED, INVALID_CREDENTIALS) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Lỗi nội bộ máy chủ / internal server error (INTERNAL, PDF_FAILED) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/catalog": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Danh mục dữ liệu mở, siêu dữ liệu kiểu DCAT / the open-data catalogue with DCAT-style metadata */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Thành công / OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            title: string;
                            description: string;
                            publisher: string;
                            license: {
                                title: string;
                                url: string;
                            };
                            homepage: string;
                            datasets: {
                                identifier: string;
                                kind: string;
                                title: string;
                                description: string;
                                publisher: string;
                                license: {
                                    title: string;
                                    url: string;
                                };
                                keywords: string[];
                                theme: string;
                                temporal: {
                                    start: string;
                                    end: string;
                                    periods: string[];
                                } | null;
                                spatial: string[];
                                accrualPeriodicity: string | null;
                                issued: string;
                                modified: string;
                                distributions: {
                                    title: string;
                                    format: string;
                                    mediaType: string;
                                    downloadURL: string;
                                }[];
                            }[];
                        };
                    };
                };
                /** @description Không đổi so với ETag đã có / not modified since the ETag given */
                304: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Yêu cầu sai: tham số, trường hoặc nội dung không hợp lệ / a bad request: a parameter, field or body that fails its schema (BAD_REQUEST, INVALID_DATE, INVALID_JSON) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Quá nhiều lần thử; xem Retry-After / too many attempts; see Retry-After (RATE_LIMITED) */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Lỗi nội bộ máy chủ / internal server error (INTERNAL, PDF_FAILED) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/catalog.jsonld": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Danh mục dữ liệu mở dạng DCAT JSON-LD / the catalogue as DCAT JSON-LD */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Danh mục DCAT (JSON-LD) / the DCAT catalogue as JSON-LD */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/ld+json": {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Không đổi so với ETag đã có / not modified since the ETag given */
                304: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Yêu cầu sai: tham số, trường hoặc nội dung không hợp lệ / a bad request: a parameter, field or body that fails its schema (BAD_REQUEST, INVALID_DATE, INVALID_JSON) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Quá nhiều lần thử; xem Retry-After / too many attempts; see Retry-After (RATE_LIMITED) */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Lỗi nội bộ máy chủ / internal server error (INTERNAL, PDF_FAILED) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/indicators": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Các chỉ tiêu đã công bố / the published indicators */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Thành công / OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                code: string;
                                name: string;
                                nameEn: string;
                                unitOfMeasure: string | null;
                                description?: string | null;
                                publishedAt: string;
                            }[];
                        };
                    };
                };
                /** @description Không đổi so với ETag đã có / not modified since the ETag given */
                304: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Yêu cầu sai: tham số, trường hoặc nội dung không hợp lệ / a bad request: a parameter, field or body that fails its schema (BAD_REQUEST, INVALID_DATE, INVALID_JSON) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Quá nhiều lần thử; xem Retry-After / too many attempts; see Retry-After (RATE_LIMITED) */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Lỗi nội bộ máy chủ / internal server error (INTERNAL, PDF_FAILED) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/indicators/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Số liệu một chỉ tiêu đã công bố theo đơn vị và kỳ / a published indicator by unit and period */
        get: {
            parameters: {
                query: {
                    unit: string;
                    period?: string;
                    periods?: string;
                    from?: string;
                    to?: string;
                    breakdown?: "none" | "children" | "leaves";
                    view?: "was" | "now";
                };
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Thành công / OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            indicator: {
                                code: string;
                                name: string;
                                nameEn: string;
                                unitOfMeasure: string | null;
                                decimals: number;
                            };
                            unit: {
                                code: string;
                                name: string;
                            };
                            periods: string[];
                            view: string;
                            rows: {
                                unit: {
                                    code: string;
                                    name: string;
                                };
                                period: string;
                                value: number | null;
                                numerator: number | null;
                                denominator: number | null;
                                coverage: {
                                    reported: number;
                                    expected: number;
                                };
                                target: number | null;
                                status: string | null;
                                gap: number | null;
                                /** @description Có số liệu chưa được duyệt: không công bố / unapproved data flows into it: not shown */
                                withheld: boolean;
                            }[];
                        };
                    };
                };
                /** @description Không đổi so với ETag đã có / not modified since the ETag given */
                304: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Yêu cầu sai: tham số, trường hoặc nội dung không hợp lệ / a bad request: a parameter, field or body that fails its schema (BAD_REQUEST, INVALID_DATE, INVALID_JSON) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Không tìm thấy / not found (NOT_FOUND, UNIT_NOT_FOUND, FRAMEWORK_NOT_FOUND, EDITION_NOT_FOUND, SCORE_RUN_NOT_FOUND, INDICATOR_NOT_FOUND, PLAN_NOT_FOUND, REPORT_TEMPLATE_NOT_FOUND, JOB_NOT_FOUND, REPORT_NOT_FOUND, RECORD_NOT_FOUND, ROUTE_NOT_FOUND) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Quá nhiều lần thử; xem Retry-After / too many attempts; see Retry-After (RATE_LIMITED) */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Lỗi nội bộ máy chủ / internal server error (INTERNAL, PDF_FAILED) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/indicators/{code}.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Số liệu một chỉ tiêu đã công bố theo đơn vị và kỳ, tệp CSV / a published indicator by unit and period, as CSV */
        get: {
            parameters: {
                query: {
                    unit: string;
                    period?: string;
                    periods?: string;
                    from?: string;
                    to?: string;
                    breakdown?: "none" | "children" | "leaves";
                    view?: "was" | "now";
                };
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Bảng số liệu / the figures */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv; charset=utf-8": string;
                    };
                };
                /** @description Không đổi so với ETag đã có / not modified since the ETag given */
                304: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Yêu cầu sai: tham số, trường hoặc nội dung không hợp lệ / a bad request: a parameter, field or body that fails its schema (BAD_REQUEST, INVALID_DATE, INVALID_JSON) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Không tìm thấy / not found (NOT_FOUND, UNIT_NOT_FOUND, FRAMEWORK_NOT_FOUND, EDITION_NOT_FOUND, SCORE_RUN_NOT_FOUND, INDICATOR_NOT_FOUND, PLAN_NOT_FOUND, REPORT_TEMPLATE_NOT_FOUND, JOB_NOT_FOUND, REPORT_NOT_FOUND, RECORD_NOT_FOUND, ROUTE_NOT_FOUND) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Quá nhiều lần thử; xem Retry-After / too many attempts; see Retry-After (RATE_LIMITED) */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Lỗi nội bộ máy chủ / internal server error (INTERNAL, PDF_FAILED) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/plans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Các kế hoạch có chỉ tiêu đã công bố / plans with published indicators */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Thành công / OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                code: string;
                                name: string;
                                nameEn: string;
                                legalBasis: string | null;
                                indicators: string[];
                            }[];
                        };
                    };
                };
                /** @description Không đổi so với ETag đã có / not modified since the ETag given */
                304: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Yêu cầu sai: tham số, trường hoặc nội dung không hợp lệ / a bad request: a parameter, field or body that fails its schema (BAD_REQUEST, INVALID_DATE, INVALID_JSON) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Quá nhiều lần thử; xem Retry-After / too many attempts; see Retry-After (RATE_LIMITED) */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Lỗi nội bộ máy chủ / internal server error (INTERNAL, PDF_FAILED) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/plans/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Tình hình thực hiện kế hoạch trên các chỉ tiêu đã công bố / plan progress on published indicators */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Thành công / OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            plan: {
                                code: string;
                                name: string;
                                nameEn: string;
                                legalBasis: string | null;
                                unit: {
                                    code: string;
                                    name: string;
                                } | null;
                            };
                            asOf: string;
                            targets: {
                                indicator: string;
                                unit: string;
                                period: string;
                                group: string | null;
                                label: string | null;
                                target: number;
                                comparison: string;
                                value: number | null;
                                status: string;
                                statusLabel: {
                                    vi: string;
                                    en: string;
                                };
                                gap: number | null;
                                periodOpen: boolean;
                                withheld: boolean;
                            }[];
                            summary: {
                                total: number;
                                metOrExceeded: number;
                                byStatus: {
                                    [key: string]: number;
                                };
                            };
                        };
                    };
                };
                /** @description Không đổi so với ETag đã có / not modified since the ETag given */
                304: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Yêu cầu sai: tham số, trường hoặc nội dung không hợp lệ / a bad request: a parameter, field or body that fails its schema (BAD_REQUEST, INVALID_DATE, INVALID_JSON) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Không tìm thấy / not found (NOT_FOUND, UNIT_NOT_FOUND, FRAMEWORK_NOT_FOUND, EDITION_NOT_FOUND, SCORE_RUN_NOT_FOUND, INDICATOR_NOT_FOUND, PLAN_NOT_FOUND, REPORT_TEMPLATE_NOT_FOUND, JOB_NOT_FOUND, REPORT_NOT_FOUND, RECORD_NOT_FOUND, ROUTE_NOT_FOUND) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Quá nhiều lần thử; xem Retry-After / too many attempts; see Retry-After (RATE_LIMITED) */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Lỗi nội bộ máy chủ / internal server error (INTERNAL, PDF_FAILED) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/plans/{code}.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Tình hình thực hiện kế hoạch trên các chỉ tiêu đã công bố, tệp CSV / plan progress on published indicators, as CSV */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Bảng mục tiêu / the targets */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv; charset=utf-8": string;
                    };
                };
                /** @description Không đổi so với ETag đã có / not modified since the ETag given */
                304: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Yêu cầu sai: tham số, trường hoặc nội dung không hợp lệ / a bad request: a parameter, field or body that fails its schema (BAD_REQUEST, INVALID_DATE, INVALID_JSON) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Không tìm thấy / not found (NOT_FOUND, UNIT_NOT_FOUND, FRAMEWORK_NOT_FOUND, EDITION_NOT_FOUND, SCORE_RUN_NOT_FOUND, INDICATOR_NOT_FOUND, PLAN_NOT_FOUND, REPORT_TEMPLATE_NOT_FOUND, JOB_NOT_FOUND, REPORT_NOT_FOUND, RECORD_NOT_FOUND, ROUTE_NOT_FOUND) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Quá nhiều lần thử; xem Retry-After / too many attempts; see Retry-After (RATE_LIMITED) */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Lỗi nội bộ máy chủ / internal server error (INTERNAL, PDF_FAILED) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/rankings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Các kết quả xếp hạng đã công bố / the published ranking editions */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Thành công / OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                framework: {
                                    code: string;
                                    name: string;
                                };
                                edition: {
                                    edition: string;
                                    name: string;
                                };
                                period: string;
                                publishedAt: string;
                            }[];
                        };
                    };
                };
                /** @description Không đổi so với ETag đã có / not modified since the ETag given */
                304: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Yêu cầu sai: tham số, trường hoặc nội dung không hợp lệ / a bad request: a parameter, field or body that fails its schema (BAD_REQUEST, INVALID_DATE, INVALID_JSON) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Quá nhiều lần thử; xem Retry-After / too many attempts; see Retry-After (RATE_LIMITED) */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Lỗi nội bộ máy chủ / internal server error (INTERNAL, PDF_FAILED) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/rankings/{framework}/{edition}/{period}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Kết quả xếp hạng đã công bố / a published ranking */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    framework: string;
                    edition: string;
                    period: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Thành công / OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            framework: {
                                code: string;
                                name: string;
                            };
                            edition: {
                                edition: string;
                                name: string;
                            };
                            period: string;
                            publishedAt: string;
                            runs: {
                                level: string;
                                revision: number;
                                publishedAt: string | null;
                                origin: string;
                                source: {
                                    title: string;
                                    url: string | null;
                                    date: string | null;
                                } | null;
                                rankedAmong: number;
                                results: {
                                    unitCode: string;
                                    unitName: string;
                                    score: number | null;
                                    rank: number | null;
                                    rankChange: number | null;
                                    grade: string | null;
                                    points: number;
                                    maxPoints: number;
                                }[];
                            }[];
                        };
                    };
                };
                /** @description Không đổi so với ETag đã có / not modified since the ETag given */
                304: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Yêu cầu sai: tham số, trường hoặc nội dung không hợp lệ / a bad request: a parameter, field or body that fails its schema (BAD_REQUEST, INVALID_DATE, INVALID_JSON) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Không tìm thấy / not found (NOT_FOUND, UNIT_NOT_FOUND, FRAMEWORK_NOT_FOUND, EDITION_NOT_FOUND, SCORE_RUN_NOT_FOUND, INDICATOR_NOT_FOUND, PLAN_NOT_FOUND, REPORT_TEMPLATE_NOT_FOUND, JOB_NOT_FOUND, REPORT_NOT_FOUND, RECORD_NOT_FOUND, ROUTE_NOT_FOUND) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Quá nhiều lần thử; xem Retry-After / too many attempts; see Retry-After (RATE_LIMITED) */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Lỗi nội bộ máy chủ / internal server error (INTERNAL, PDF_FAILED) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/rankings/{framework}/{edition}/{period}.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Kết quả xếp hạng đã công bố, tệp CSV / a published ranking, as CSV */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    framework: string;
                    edition: string;
                    period: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Bảng xếp hạng / the ranking */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv; charset=utf-8": string;
                    };
                };
                /** @description Không đổi so với ETag đã có / not modified since the ETag given */
                304: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Yêu cầu sai: tham số, trường hoặc nội dung không hợp lệ / a bad request: a parameter, field or body that fails its schema (BAD_REQUEST, INVALID_DATE, INVALID_JSON) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Không tìm thấy / not found (NOT_FOUND, UNIT_NOT_FOUND, FRAMEWORK_NOT_FOUND, EDITION_NOT_FOUND, SCORE_RUN_NOT_FOUND, INDICATOR_NOT_FOUND, PLAN_NOT_FOUND, REPORT_TEMPLATE_NOT_FOUND, JOB_NOT_FOUND, REPORT_NOT_FOUND, RECORD_NOT_FOUND, ROUTE_NOT_FOUND) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Quá nhiều lần thử; xem Retry-After / too many attempts; see Retry-After (RATE_LIMITED) */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Lỗi nội bộ máy chủ / internal server error (INTERNAL, PDF_FAILED) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/feedback/photos": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Người dân thêm ảnh cho phản ánh của mình (multipart: token, file; JPG, PNG) / a citizen adds a photo */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Đã tạo / created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            url: string;
                        };
                    };
                };
                /** @description Yêu cầu sai: tham số, trường hoặc nội dung không hợp lệ / a bad request: a parameter, field or body that fails its schema (BAD_REQUEST, INVALID_DATE, INVALID_JSON) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Không có quyền, hoặc thiếu mã chống giả mạo (CSRF) / not allowed, or the CSRF token is missing (FORBIDDEN, CSRF_INVALID) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Không tìm thấy / not found (NOT_FOUND, UNIT_NOT_FOUND, FRAMEWORK_NOT_FOUND, EDITION_NOT_FOUND, SCORE_RUN_NOT_FOUND, INDICATOR_NOT_FOUND, PLAN_NOT_FOUND, REPORT_TEMPLATE_NOT_FOUND, JOB_NOT_FOUND, REPORT_NOT_FOUND, RECORD_NOT_FOUND, ROUTE_NOT_FOUND) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Nội dung gửi lên quá lớn / the body is too large (PAYLOAD_TOO_LARGE) */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Kiểu nội dung không được hỗ trợ / unsupported content type (UNSUPPORTED_MEDIA_TYPE) */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Dữ liệu không hợp lệ, không có gì được ghi / invalid data, nothing was written (VALIDATION_FAILED, REPORT_TEMPLATE_INVALID, FILE_UNREADABLE) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Quá nhiều lần thử; xem Retry-After / too many attempts; see Retry-After (RATE_LIMITED) */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Lỗi nội bộ máy chủ / internal server error (INTERNAL, PDF_FAILED) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/feedback/photos/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Ảnh của một phản ánh công khai / a photo of a public report */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Ảnh / the photo */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "image/jpeg": string;
                        "image/png": string;
                    };
                };
                /** @description Yêu cầu sai: tham số, trường hoặc nội dung không hợp lệ / a bad request: a parameter, field or body that fails its schema (BAD_REQUEST, INVALID_DATE, INVALID_JSON) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Không tìm thấy / not found (NOT_FOUND, UNIT_NOT_FOUND, FRAMEWORK_NOT_FOUND, EDITION_NOT_FOUND, SCORE_RUN_NOT_FOUND, INDICATOR_NOT_FOUND, PLAN_NOT_FOUND, REPORT_TEMPLATE_NOT_FOUND, JOB_NOT_FOUND, REPORT_NOT_FOUND, RECORD_NOT_FOUND, ROUTE_NOT_FOUND) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Quá nhiều lần thử; xem Retry-After / too many attempts; see Retry-After (RATE_LIMITED) */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Lỗi nội bộ máy chủ / internal server error (INTERNAL, PDF_FAILED) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/feedback/categories": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Các loại phản ánh và thời hạn xử lý / feedback categories and deadlines */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Thành công / OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            name: string;
                            nameEn: string;
                            /** @description Thời hạn xử lý (giờ) / deadline in hours */
                            slaHours: number;
                            /**
                             * @description Xã, phường chứa vị trí hay tỉnh / who handles it
                             * @enum {string}
                             */
                            route: "commune" | "province";
                            description: string;
                        }[];
                    };
                };
                /** @description Yêu cầu sai: tham số, trường hoặc nội dung không hợp lệ / a bad request: a parameter, field or body that fails its schema (BAD_REQUEST, INVALID_DATE, INVALID_JSON) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Quá nhiều lần thử; xem Retry-After / too many attempts; see Retry-After (RATE_LIMITED) */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Lỗi nội bộ máy chủ / internal server error (INTERNAL, PDF_FAILED) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/feedback/places": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Tìm xã, phường để gửi phản ánh (không dấu cũng được) / find the commune a report is about */
        get: {
            parameters: {
                query: {
                    /** @description Tên xã, phường (không dấu cũng được) / a commune name, accents optional */
                    q: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Thành công / OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                code: string;
                                name: string;
                                province: string | null;
                            }[];
                        };
                    };
                };
                /** @description Yêu cầu sai: tham số, trường hoặc nội dung không hợp lệ / a bad request: a parameter, field or body that fails its schema (BAD_REQUEST, INVALID_DATE, INVALID_JSON) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Quá nhiều lần thử; xem Retry-After / too many attempts; see Retry-After (RATE_LIMITED) */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Lỗi nội bộ máy chủ / internal server error (INTERNAL, PDF_FAILED) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/feedback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Phản ánh đã xử lý và câu trả lời (không có thông tin cá nhân) / handled reports and their answers, no personal data */
        get: {
            parameters: {
                query?: {
                    unit?: string;
                    category?: string;
                    /** @description Mặc định: handled */
                    state?: "all" | "new" | "acknowledged" | "in_progress" | "handled" | "rejected";
                    limit?: number;
                    offset?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Thành công / OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            total: number;
                            limit: number;
                            offset: number;
                            items: {
                                id: number;
                                category: string;
                                categoryName: string;
                                description: string;
                                lat: number | null;
                                long: number | null;
                                address: string | null;
                                unit: string;
                                unitName: string;
                                /** @enum {string} */
                                state: "moderation" | "new" | "acknowledged" | "in_progress" | "handled" | "rejected" | "spam";
                                stateLabel: string;
                                filedAt: string;
                                dueAt: string;
                                handledAt: string | null;
                                answer: string | null;
                                rejectReason: string | null;
                                onTime: boolean | null;
                                overdue: boolean;
                                rating: number | null;
                                mediaUrls: string[];
                                updatedAt: string;
                                /** @description Dữ liệu mô phỏng của bản trình diễn / invented for the demo */
                                simulated: boolean;
                            }[];
                        };
                    };
                };
                /** @description Yêu cầu sai: tham số, trường hoặc nội dung không hợp lệ / a bad request: a parameter, field or body that fails its schema (BAD_REQUEST, INVALID_DATE, INVALID_JSON) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Không tìm thấy / not found (NOT_FOUND, UNIT_NOT_FOUND, FRAMEWORK_NOT_FOUND, EDITION_NOT_FOUND, SCORE_RUN_NOT_FOUND, INDICATOR_NOT_FOUND, PLAN_NOT_FOUND, REPORT_TEMPLATE_NOT_FOUND, JOB_NOT_FOUND, REPORT_NOT_FOUND, RECORD_NOT_FOUND, ROUTE_NOT_FOUND) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Quá nhiều lần thử; xem Retry-After / too many attempts; see Retry-After (RATE_LIMITED) */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Lỗi nội bộ máy chủ / internal server error (INTERNAL, PDF_FAILED) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        put?: never;
        /** Người dân gửi phản ánh (chờ kiểm duyệt nếu không đăng nhập) / a citizen files a report (moderated when anonymous) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        category: string;
                        description: string;
                        lat?: number | null;
                        long?: number | null;
                        address?: string | null;
                        /** @description Xã, phường người dân chọn (khi không có vị trí) / the chosen commune */
                        unit?: string | null;
                        reporterName?: string | null;
                        reporterContact?: string | null;
                        /** @description Ẩn tên cả với đơn vị xử lý / hide the name from the handling unit too */
                        hideName?: boolean;
                        mediaUrls?: string[];
                        /** @description Chỉ hệ thống được ủy quyền / trusted clients only */
                        filedAt?: string | null;
                    };
                };
            };
            responses: {
                /** @description Thành công / OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            /** @enum {string} */
                            state: "moderation" | "new" | "acknowledged" | "in_progress" | "handled" | "rejected" | "spam";
                            unit: string;
                            dueAt: string;
                            /** @description Mã bí mật để theo dõi và đánh giá (chỉ hiện một lần) / the secret to follow and rate (shown once) */
                            token: string;
                        };
                    };
                };
                /** @description Yêu cầu sai: tham số, trường hoặc nội dung không hợp lệ / a bad request: a parameter, field or body that fails its schema (BAD_REQUEST, INVALID_DATE, INVALID_JSON) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Không có quyền, hoặc thiếu mã chống giả mạo (CSRF) / not allowed, or the CSRF token is missing (FORBIDDEN, CSRF_INVALID) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Nội dung gửi lên quá lớn / the body is too large (PAYLOAD_TOO_LARGE) */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Kiểu nội dung không được hỗ trợ / unsupported content type (UNSUPPORTED_MEDIA_TYPE) */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Dữ liệu không hợp lệ, không có gì được ghi / invalid data, nothing was written (VALIDATION_FAILED, REPORT_TEMPLATE_INVALID, FILE_UNREADABLE) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Quá nhiều lần thử; xem Retry-After / too many attempts; see Retry-After (RATE_LIMITED) */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Lỗi nội bộ máy chủ / internal server error (INTERNAL, PDF_FAILED) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/feedback/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Một phản ánh (không có thông tin cá nhân) / one report, no personal data */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Thành công / OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            category: string;
                            categoryName: string;
                            description: string;
                            lat: number | null;
                            long: number | null;
                            address: string | null;
                            unit: string;
                            unitName: string;
                            /** @enum {string} */
                            state: "moderation" | "new" | "acknowledged" | "in_progress" | "handled" | "rejected" | "spam";
                            stateLabel: string;
                            filedAt: string;
                            dueAt: string;
                            handledAt: string | null;
                            answer: string | null;
                            rejectReason: string | null;
                            onTime: boolean | null;
                            overdue: boolean;
                            rating: number | null;
                            mediaUrls: string[];
                            updatedAt: string;
                            /** @description Dữ liệu mô phỏng của bản trình diễn / invented for the demo */
                            simulated: boolean;
                        };
                    };
                };
                /** @description Yêu cầu sai: tham số, trường hoặc nội dung không hợp lệ / a bad request: a parameter, field or body that fails its schema (BAD_REQUEST, INVALID_DATE, INVALID_JSON) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Không tìm thấy / not found (NOT_FOUND, UNIT_NOT_FOUND, FRAMEWORK_NOT_FOUND, EDITION_NOT_FOUND, SCORE_RUN_NOT_FOUND, INDICATOR_NOT_FOUND, PLAN_NOT_FOUND, REPORT_TEMPLATE_NOT_FOUND, JOB_NOT_FOUND, REPORT_NOT_FOUND, RECORD_NOT_FOUND, ROUTE_NOT_FOUND) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Quá nhiều lần thử; xem Retry-After / too many attempts; see Retry-After (RATE_LIMITED) */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Lỗi nội bộ máy chủ / internal server error (INTERNAL, PDF_FAILED) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/feedback/track": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Người dân xem phản ánh của mình bằng mã bí mật / a citizen follows their report by its secret */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        token: string;
                    };
                };
            };
            responses: {
                /** @description Thành công / OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            category: string;
                            categoryName: string;
                            description: string;
                            lat: number | null;
                            long: number | null;
                            address: string | null;
                            unit: string;
                            unitName: string;
                            /** @enum {string} */
                            state: "moderation" | "new" | "acknowledged" | "in_progress" | "handled" | "rejected" | "spam";
                            stateLabel: string;
                            filedAt: string;
                            dueAt: string;
                            handledAt: string | null;
                            answer: string | null;
                            rejectReason: string | null;
                            onTime: boolean | null;
                            overdue: boolean;
                            rating: number | null;
                            mediaUrls: string[];
                            updatedAt: string;
                            /** @description Dữ liệu mô phỏng của bản trình diễn / invented for the demo */
                            simulated: boolean;
                        };
                    };
                };
                /** @description Yêu cầu sai: tham số, trường hoặc nội dung không hợp lệ / a bad request: a parameter, field or body that fails its schema (BAD_REQUEST, INVALID_DATE, INVALID_JSON) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Không có quyền, hoặc thiếu mã chống giả mạo (CSRF) / not allowed, or the CSRF token is missing (FORBIDDEN, CSRF_INVALID) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Không tìm thấy / not found (NOT_FOUND, UNIT_NOT_FOUND, FRAMEWORK_NOT_FOUND, EDITION_NOT_FOUND, SCORE_RUN_NOT_FOUND, INDICATOR_NOT_FOUND, PLAN_NOT_FOUND, REPORT_TEMPLATE_NOT_FOUND, JOB_NOT_FOUND, REPORT_NOT_FOUND, RECORD_NOT_FOUND, ROUTE_NOT_FOUND) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Nội dung gửi lên quá lớn / the body is too large (PAYLOAD_TOO_LARGE) */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Kiểu nội dung không được hỗ trợ / unsupported content type (UNSUPPORTED_MEDIA_TYPE) */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Quá nhiều lần thử; xem Retry-After / too many attempts; see Retry-After (RATE_LIMITED) */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Lỗi nội bộ máy chủ / internal server error (INTERNAL, PDF_FAILED) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/feedback/rating": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Người dân đánh giá câu trả lời (1–5, một lần) / a citizen rates the answer once */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        token: string;
                        /** @description 1–5 điểm; 4–5: hài lòng */
                        rating: number;
                    };
                };
            };
            responses: {
                /** @description Thành công / OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            /** @enum {string} */
                            state: "moderation" | "new" | "acknowledged" | "in_progress" | "handled" | "rejected" | "spam";
                            unit: string;
                        };
                    };
                };
                /** @description Yêu cầu sai: tham số, trường hoặc nội dung không hợp lệ / a bad request: a parameter, field or body that fails its schema (BAD_REQUEST, INVALID_DATE, INVALID_JSON) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Không có quyền, hoặc thiếu mã chống giả mạo (CSRF) / not allowed, or the CSRF token is missing (FORBIDDEN, CSRF_INVALID) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Không tìm thấy / not found (NOT_FOUND, UNIT_NOT_FOUND, FRAMEWORK_NOT_FOUND, EDITION_NOT_FOUND, SCORE_RUN_NOT_FOUND, INDICATOR_NOT_FOUND, PLAN_NOT_FOUND, REPORT_TEMPLATE_NOT_FOUND, JOB_NOT_FOUND, REPORT_NOT_FOUND, RECORD_NOT_FOUND, ROUTE_NOT_FOUND) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Xung đột với trạng thái đã lưu / conflicts with the stored state (CONFLICT, SELF_LOCKOUT, LOCKED, INVALID_TRANSITION, REPORT_NOT_READY) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Nội dung gửi lên quá lớn / the body is too large (PAYLOAD_TOO_LARGE) */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Kiểu nội dung không được hỗ trợ / unsupported content type (UNSUPPORTED_MEDIA_TYPE) */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Dữ liệu không hợp lệ, không có gì được ghi / invalid data, nothing was written (VALIDATION_FAILED, REPORT_TEMPLATE_INVALID, FILE_UNREADABLE) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Quá nhiều lần thử; xem Retry-After / too many attempts; see Retry-After (RATE_LIMITED) */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Lỗi nội bộ máy chủ / internal server error (INTERNAL, PDF_FAILED) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/units": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Các đơn vị có hiệu lực vào một ngày, lọc và phân trang / the units in force on a date, filtered and paged */
        get: {
            parameters: {
                query?: {
                    level?: "country" | "province" | "district" | "commune" | "village" | "agency";
                    at?: string;
                    parent?: string;
                    q?: string;
                    limit?: number;
                    offset?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Thành công / OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                code: string;
                                level: string;
                                type: string;
                                name: string;
                                nameEn: string;
                                fullName: string;
                                fullNameEn: string;
                                validFrom: string | null;
                                validTo: string | null;
                                validToKnown: boolean;
                                codeOfficial: boolean;
                                parentCode: string | null;
                                note: string | null;
                            }[];
                            total: number;
                            limit: number;
                            offset: number;
                            at: string;
                        };
                    };
                };
                /** @description Yêu cầu sai: tham số, trường hoặc nội dung không hợp lệ / a bad request: a parameter, field or body that fails its schema (BAD_REQUEST, INVALID_DATE, INVALID_JSON) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Chưa đăng nhập, phiên hết hạn hoặc sai thông tin đăng nhập / no caller, an expired session, or wrong credentials (UNAUTHENTICATED, INVALID_CREDENTIALS) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Không tìm thấy / not found (NOT_FOUND, UNIT_NOT_FOUND, FRAMEWORK_NOT_FOUND, EDITION_NOT_FOUND, SCORE_RUN_NOT_FOUND, INDICATOR_NOT_FOUND, PLAN_NOT_FOUND, REPORT_TEMPLATE_NOT_FOUND, JOB_NOT_FOUND, REPORT_NOT_FOUND, RECORD_NOT_FOUND, ROUTE_NOT_FOUND) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Lỗi nội bộ máy chủ / internal server error (INTERNAL, PDF_FAILED) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/units/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Một đơn vị: phiên bản có hiệu lực vào một ngày / one unit: its version in force on a date */
        get: {
            parameters: {
                query?: {
                    at?: string;
                };
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Thành công / OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            level: string;
                            type: string;
                            name: string;
                            nameEn: string;
                            fullName: string;
                            fullNameEn: string;
                            validFrom: string | null;
                            validTo: string | null;
                            validToKnown: boolean;
                            codeOfficial: boolean;
                            parentCode: string | null;
                            note: string | null;
                        };
                    };
                };
                /** @description Yêu cầu sai: tham số, trường hoặc nội dung không hợp lệ / a bad request: a parameter, field or body that fails its schema (BAD_REQUEST, INVALID_DATE, INVALID_JSON) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Chưa đăng nhập, phiên hết hạn hoặc sai thông tin đăng nhập / no caller, an expired session, or wrong credentials (UNAUTHENTICATED, INVALID_CREDENTIALS) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Không tìm thấy / not found (NOT_FOUND, UNIT_NOT_FOUND, FRAMEWORK_NOT_FOUND, EDITION_NOT_FOUND, SCORE_RUN_NOT_FOUND, INDICATOR_NOT_FOUND, PLAN_NOT_FOUND, REPORT_TEMPLATE_NOT_FOUND, JOB_NOT_FOUND, REPORT_NOT_FOUND, RECORD_NOT_FOUND, ROUTE_NOT_FOUND) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Lỗi nội bộ máy chủ / internal server error (INTERNAL, PDF_FAILED) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/units/{code}/lineage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Lịch sử sắp xếp của một mã: sáp nhập, chia tách, đổi tên / the lineage of a code: mergers, splits, renames */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Thành công / OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            versions: {
                                unit: {
                                    code: string;
                                    level: string;
                                    type: string;
                                    name: string;
                                    nameEn: string;
                                    fullName: string;
                                    fullNameEn: string;
                                    validFrom: string | null;
                                    validTo: string | null;
                                    validToKnown: boolean;
                                    codeOfficial: boolean;
                                    parentCode: string | null;
                                    note: string | null;
                                };
                                predecessors: {
                                    /** @enum {string} */
                                    kind: "merge" | "split" | "rename" | "recode" | "reclassify" | "create" | "abolish";
                                    date: string | null;
                                    legalBasis: string | null;
                                    part: string;
                                    share: number | null;
                                    unit: {
                                        code: string;
                                        level: string;
                                        name: string;
                                        fullName: string;
                                        validFrom: string | null;
                                        validTo: string | null;
                                    };
                                }[];
                                successors: {
                                    /** @enum {string} */
                                    kind: "merge" | "split" | "rename" | "recode" | "reclassify" | "create" | "abolish";
                                    date: string | null;
                                    legalBasis: string | null;
                                    part: string;
                                    share: number | null;
                                    unit: {
                                        code: string;
                                        level: string;
                                        name: string;
                                        fullName: string;
                                        validFrom: string | null;
                                        validTo: string | null;
                                    };
                                }[];
                            }[];
                            predecessors: {
                                /** @enum {string} */
                                kind: "merge" | "split" | "rename" | "recode" | "reclassify" | "create" | "abolish";
                                date: string | null;
                                legalBasis: string | null;
                                part: string;
                                share: number | null;
                                unit: {
                                    code: string;
                                    level: string;
                                    name: string;
                                    fullName: string;
                                    validFrom: string | null;
                                    validTo: string | null;
                                };
                            }[];
                            successors: {
                                /** @enum {string} */
                                kind: "merge" | "split" | "rename" | "recode" | "reclassify" | "create" | "abolish";
                                date: string | null;
                                legalBasis: string | null;
                                part: string;
                                share: number | null;
                                unit: {
                                    code: string;
                                    level: string;
                                    name: string;
                                    fullName: string;
                                    validFrom: string | null;
                                    validTo: string | null;
                                };
                            }[];
                        };
                    };
                };
                /** @description Yêu cầu sai: tham số, trường hoặc nội dung không hợp lệ / a bad request: a parameter, field or body that fails its schema (BAD_REQUEST, INVALID_DATE, INVALID_JSON) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Chưa đăng nhập, phiên hết hạn hoặc sai thông tin đăng nhập / no caller, an expired session, or wrong credentials (UNAUTHENTICATED, INVALID_CREDENTIALS) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Không tìm thấy / not found (NOT_FOUND, UNIT_NOT_FOUND, FRAMEWORK_NOT_FOUND, EDITION_NOT_FOUND, SCORE_RUN_NOT_FOUND, INDICATOR_NOT_FOUND, PLAN_NOT_FOUND, REPORT_TEMPLATE_NOT_FOUND, JOB_NOT_FOUND, REPORT_NOT_FOUND, RECORD_NOT_FOUND, ROUTE_NOT_FOUND) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Lỗi nội bộ máy chủ / internal server error (INTERNAL, PDF_FAILED) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/units/{code}/reporting": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Hồ sơ nộp báo cáo của một đơn vị qua các kỳ: đúng hạn, trễ, chưa nộp, đã duyệt / a unit’s reporting record over periods */
        get: {
            parameters: {
                query: {
                    from: string;
                    to: string;
                };
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Thành công / OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            from: string;
                            to: string;
                            today: string;
                            datasets: {
                                code: string;
                                name: string;
                                nameEn: string;
                                /** @enum {string} */
                                periodType: "monthly" | "quarterly" | "semiannual" | "yearly";
                                deadlineDays: number;
                                periods: {
                                    period: string;
                                    deadline: string;
                                    unitName: string;
                                    /** @enum {string} */
                                    state: "draft" | "submitted" | "approved" | "returned";
                                    submittedAt: string | null;
                                    onTime: boolean | null;
                                    overdue: boolean;
                                }[];
                            }[];
                        };
                    };
                };
                /** @description Yêu cầu sai: tham số, trường hoặc nội dung không hợp lệ / a bad request: a parameter, field or body that fails its schema (BAD_REQUEST, INVALID_DATE, INVALID_JSON) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Chưa đăng nhập, phiên hết hạn hoặc sai thông tin đăng nhập / no caller, an expired session, or wrong credentials (UNAUTHENTICATED, INVALID_CREDENTIALS) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Không có quyền, hoặc thiếu mã chống giả mạo (CSRF) / not allowed, or the CSRF token is missing (FORBIDDEN, CSRF_INVALID) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Không tìm thấy / not found (NOT_FOUND, UNIT_NOT_FOUND, FRAMEWORK_NOT_FOUND, EDITION_NOT_FOUND, SCORE_RUN_NOT_FOUND, INDICATOR_NOT_FOUND, PLAN_NOT_FOUND, REPORT_TEMPLATE_NOT_FOUND, JOB_NOT_FOUND, REPORT_NOT_FOUND, RECORD_NOT_FOUND, ROUTE_NOT_FOUND) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Lỗi nội bộ máy chủ / internal server error (INTERNAL, PDF_FAILED) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/units/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Ghi một sự kiện đơn vị có căn cứ pháp lý (quản trị viên) / enter a unit event with its legal basis (admins) */
        post: {
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
                        kind: "rename" | "reclassify" | "recode" | "merge" | "split" | "abolish";
                        code?: string;
                        /** @enum {string} */
                        level?: "country" | "province" | "district" | "commune" | "village" | "agency";
                        date: string;
                        legalBasis: string;
                        note?: string;
                        fullName?: string;
                        /** @enum {string} */
                        newLevel?: "country" | "province" | "district" | "commune" | "village" | "agency";
                        previousFullName?: string;
                        newCode?: string;
                        codes?: string[];
                        into?: {
                            code: string;
                            fullName: string;
                            parentCode?: string;
                            share?: number;
                        };
                        parts?: {
                            code: string;
                            fullName: string;
                            parentCode?: string;
                            share?: number;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Đã tạo / created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            event: {
                                id: number;
                                kind: string;
                                date: string | null;
                                legalBasis: string | null;
                                note: string | null;
                                source: string;
                                withdrawable: boolean;
                                links: {
                                    from: {
                                        code: string;
                                        fullName: string;
                                    };
                                    to: {
                                        code: string;
                                        fullName: string;
                                        validFrom: string | null;
                                    };
                                    part: string;
                                    share: number | null;
                                }[];
                            };
                            recompute: {
                                required: boolean;
                                reason: string | null;
                            };
                        };
                    };
                };
                /** @description Yêu cầu sai: tham số, trường hoặc nội dung không hợp lệ / a bad request: a parameter, field or body that fails its schema (BAD_REQUEST, INVALID_DATE, INVALID_JSON) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Chưa đăng nhập, phiên hết hạn hoặc sai thông tin đăng nhập / no caller, an expired session, or wrong credentials (UNAUTHENTICATED, INVALID_CREDENTIALS) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Không có quyền, hoặc thiếu mã chống giả mạo (CSRF) / not allowed, or the CSRF token is missing (FORBIDDEN, CSRF_INVALID) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Nội dung gửi lên quá lớn / the body is too large (PAYLOAD_TOO_LARGE) */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Kiểu nội dung không được hỗ trợ / unsupported content type (UNSUPPORTED_MEDIA_TYPE) */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Dữ liệu không hợp lệ, không có gì được ghi / invalid data, nothing was written (VALIDATION_FAILED, REPORT_TEMPLATE_INVALID, FILE_UNREADABLE) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Lỗi nội bộ máy chủ / internal server error (INTERNAL, PDF_FAILED) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/units/events/{id}": {
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
        /** Sửa căn cứ pháp lý hoặc ghi chú của một sự kiện đơn vị / correct a unit event’s legal basis or note */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        legalBasis?: string;
                        note?: string;
                    };
                };
            };
            responses: {
                /** @description Thành công / OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            event: {
                                id: number;
                                kind: string;
                                date: string | null;
                                legalBasis: string | null;
                                note: string | null;
                                source: string;
                                withdrawable: boolean;
                                links: {
                                    from: {
                                        code: string;
                                        fullName: string;
                                    };
                                    to: {
                                        code: string;
                                        fullName: string;
                                        validFrom: string | null;
                                    };
                                    part: string;
                                    share: number | null;
                                }[];
                            };
                            recompute: {
                                required: boolean;
                                reason: string | null;
                            };
                        };
                    };
                };
                /** @description Yêu cầu sai: tham số, trường hoặc nội dung không hợp lệ / a bad request: a parameter, field or body that fails its schema (BAD_REQUEST, INVALID_DATE, INVALID_JSON) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Chưa đăng nhập, phiên hết hạn hoặc sai thông tin đăng nhập / no caller, an expired session, or wrong credentials (UNAUTHENTICATED, INVALID_CREDENTIALS) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Không có quyền, hoặc thiếu mã chống giả mạo (CSRF) / not allowed, or the CSRF token is missing (FORBIDDEN, CSRF_INVALID) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Không tìm thấy / not found (NOT_FOUND, UNIT_NOT_FOUND, FRAMEWORK_NOT_FOUND, EDITION_NOT_FOUND, SCORE_RUN_NOT_FOUND, INDICATOR_NOT_FOUND, PLAN_NOT_FOUND, REPORT_TEMPLATE_NOT_FOUND, JOB_NOT_FOUND, REPORT_NOT_FOUND, RECORD_NOT_FOUND, ROUTE_NOT_FOUND) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Nội dung gửi lên quá lớn / the body is too large (PAYLOAD_TOO_LARGE) */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Kiểu nội dung không được hỗ trợ / unsupported content type (UNSUPPORTED_MEDIA_TYPE) */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Dữ liệu không hợp lệ, không có gì được ghi / invalid data, nothing was written (VALIDATION_FAILED, REPORT_TEMPLATE_INVALID, FILE_UNREADABLE) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Lỗi nội bộ máy chủ / internal server error (INTERNAL, PDF_FAILED) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/units/events/{id}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Rút lại một sự kiện đơn vị ghi nhầm / withdraw a wrongly entered unit event */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": Record<string, never>;
                };
            };
            responses: {
                /** @description Thành công / OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            withdrawn: {
                                id: number;
                                kind: string;
                                date: string | null;
                                legalBasis: string | null;
                                note: string | null;
                                source: string;
                                withdrawable: boolean;
                                links: {
                                    from: {
                                        code: string;
                                        fullName: string;
                                    };
                                    to: {
                                        code: string;
                                        fullName: string;
                                        validFrom: string | null;
                                    };
                                    part: string;
                                    share: number | null;
                                }[];
                            };
                            recompute: {
                                required: boolean;
                                reason: string | null;
                            };
                        };
                    };
                };
                /** @description Yêu cầu sai: tham số, trường hoặc nội dung không hợp lệ / a bad request: a parameter, field or body that fails its schema (BAD_REQUEST, INVALID_DATE, INVALID_JSON) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Chưa đăng nhập, phiên hết hạn hoặc sai thông tin đăng nhập / no caller, an expired session, or wrong credentials (UNAUTHENTICATED, INVALID_CREDENTIALS) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Không có quyền, hoặc thiếu mã chống giả mạo (CSRF) / not allowed, or the CSRF token is missing (FORBIDDEN, CSRF_INVALID) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Không tìm thấy / not found (NOT_FOUND, UNIT_NOT_FOUND, FRAMEWORK_NOT_FOUND, EDITION_NOT_FOUND, SCORE_RUN_NOT_FOUND, INDICATOR_NOT_FOUND, PLAN_NOT_FOUND, REPORT_TEMPLATE_NOT_FOUND, JOB_NOT_FOUND, REPORT_NOT_FOUND, RECORD_NOT_FOUND, ROUTE_NOT_FOUND) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Xung đột với trạng thái đã lưu / conflicts with the stored state (CONFLICT, SELF_LOCKOUT, LOCKED, INVALID_TRANSITION, REPORT_NOT_READY) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Nội dung gửi lên quá lớn / the body is too large (PAYLOAD_TOO_LARGE) */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Kiểu nội dung không được hỗ trợ / unsupported content type (UNSUPPORTED_MEDIA_TYPE) */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Lỗi nội bộ máy chủ / internal server error (INTERNAL, PDF_FAILED) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/units/recompute-state": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Số liệu tổng hợp có cần tính lại sau thay đổi cây đơn vị / whether the aggregates wait for a recompute */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Thành công / OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            required: boolean;
                            reason: string | null;
                        };
                    };
                };
                /** @description Yêu cầu sai: tham số, trường hoặc nội dung không hợp lệ / a bad request: a parameter, field or body that fails its schema (BAD_REQUEST, INVALID_DATE, INVALID_JSON) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Chưa đăng nhập, phiên hết hạn hoặc sai thông tin đăng nhập / no caller, an expired session, or wrong credentials (UNAUTHENTICATED, INVALID_CREDENTIALS) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Không có quyền, hoặc thiếu mã chống giả mạo (CSRF) / not allowed, or the CSRF token is missing (FORBIDDEN, CSRF_INVALID) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Lỗi nội bộ máy chủ / internal server error (INTERNAL, PDF_FAILED) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/forms": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Danh sách biểu mẫu (biểu mẫu × đơn vị × kỳ) trong phạm vi của người gọi: hạn, trạng thái, quá hạn, lỗi và cảnh báo / the forms within the caller’s units: deadline, state, overdue, errors and warnings */
        get: {
            parameters: {
                query?: {
                    dataset?: string;
                    period?: string;
                    from?: string;
                    to?: string;
                    unit?: string;
                    state?: "draft" | "submitted" | "returned" | "approved";
                    overdue?: boolean;
                    order?: "asc" | "desc";
                    limit?: number;
                    offset?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Thành công / OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                dataset: {
                                    code: string;
                                    name: string;
                                    nameEn: string;
                                };
                                unit: {
                                    code: string;
                                    name: string;
                                    level: string;
                                };
                                period: {
                                    id: string;
                                    label: string;
                                    labelEn: string;
                                };
                                deadline: string;
                                /** @enum {string} */
                                state: "draft" | "submitted" | "returned" | "approved";
                                reason: string | null;
                                submittedAt: string | null;
                                submittedBy: string | null;
                                decidedAt: string | null;
                                decidedBy: string | null;
                                overdue: boolean;
                                elements: number;
                                filled: number;
                                errors: number;
                                warnings: number;
                            }[];
                            total: number;
                            limit: number;
                            offset: number;
                            today: string;
                            counts: {
                                draft: number;
                                submitted: number;
                                returned: number;
                                approved: number;
                                overdue: number;
                            };
                        };
                    };
                };
                /** @description Yêu cầu sai: tham số, trường hoặc nội dung không hợp lệ / a bad request: a parameter, field or body that fails its schema (BAD_REQUEST, INVALID_DATE, INVALID_JSON) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Chưa đăng nhập, phiên hết hạn hoặc sai thông tin đăng nhập / no caller, an expired session, or wrong credentials (UNAUTHENTICATED, INVALID_CREDENTIALS) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Không tìm thấy / not found (NOT_FOUND, UNIT_NOT_FOUND, FRAMEWORK_NOT_FOUND, EDITION_NOT_FOUND, SCORE_RUN_NOT_FOUND, INDICATOR_NOT_FOUND, PLAN_NOT_FOUND, REPORT_TEMPLATE_NOT_FOUND, JOB_NOT_FOUND, REPORT_NOT_FOUND, RECORD_NOT_FOUND, ROUTE_NOT_FOUND) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Dữ liệu không hợp lệ, không có gì được ghi / invalid data, nothing was written (VALIDATION_FAILED, REPORT_TEMPLATE_INVALID, FILE_UNREADABLE) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Lỗi nội bộ máy chủ / internal server error (INTERNAL, PDF_FAILED) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/forms/{dataset}/{unit}/{period}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Một biểu mẫu của đơn vị và kỳ: số liệu, kiểm tra, trạng thái, quyền / a form of a unit and period: values, checks, state, abilities */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    dataset: string;
                    unit: string;
                    period: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Thành công / OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            dataset?: {
                                code?: string;
                                name?: string;
                                nameEn?: string;
                                periodType?: string;
                            };
                            unit?: {
                                code?: string;
                                name?: string;
                                level?: string;
                            };
                            period?: string;
                            state?: string;
                            reason?: string | null;
                            submittedAt?: string | null;
                            submittedBy?: string | null;
                            decidedAt?: string | null;
                            decidedBy?: string | null;
                            deadline?: string;
                            previousPeriod?: string;
                            approvedAt?: string | null;
                            elements?: {
                                code?: string;
                                name?: string;
                                nameEn?: string;
                                valueType?: string;
                                unitOfMeasure?: string | null;
                                minValue?: number | null;
                                maxValue?: number | null;
                                section?: string | null;
                                evidenceRequired?: boolean;
                                value?: number | string | boolean | null;
                                comment?: string | null;
                                evidence?: string | null;
                                status?: string | null;
                                author?: string | null;
                                updatedAt?: string | null;
                                errors?: string[];
                                warnings?: string[];
                                previousValue?: {
                                    period: string;
                                    value: number | string | boolean | null;
                                } | null;
                                approvedValue?: {
                                    approvedAt: string;
                                    value: number | string | boolean | null;
                                } | null;
                            }[];
                            evidence?: {
                                id?: string;
                                /** @enum {string} */
                                kind?: "document" | "file" | "link";
                                unit?: string;
                                period?: string;
                                element?: string | null;
                                dataset?: string | null;
                                document?: {
                                    number?: string;
                                    date?: string | null;
                                    issuer?: string | null;
                                    summary?: string | null;
                                } | null;
                                url?: string | null;
                                file?: {
                                    name?: string;
                                    size?: number;
                                    mediaType?: string;
                                    sha256?: string;
                                } | null;
                                createdBy?: string;
                                createdAt?: string;
                            }[];
                            validation?: {
                                errors?: {
                                    element?: string | null;
                                    rule?: string | null;
                                    message?: string;
                                }[];
                                warnings?: {
                                    element?: string | null;
                                    rule?: string | null;
                                    message?: string;
                                }[];
                            };
                            abilities?: {
                                read?: boolean;
                                read_coverage?: boolean;
                                write_values?: boolean;
                                submit?: boolean;
                                approve?: boolean;
                                return?: boolean;
                                reopen?: boolean;
                                manage?: boolean;
                                explain?: boolean;
                                direct?: boolean;
                                read_personal?: boolean;
                            };
                        };
                    };
                };
                /** @description Yêu cầu sai: tham số, trường hoặc nội dung không hợp lệ / a bad request: a parameter, field or body that fails its schema (BAD_REQUEST, INVALID_DATE, INVALID_JSON) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Chưa đăng nhập, phiên hết hạn hoặc sai thông tin đăng nhập / no caller, an expired session, or wrong credentials (UNAUTHENTICATED, INVALID_CREDENTIALS) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Không có quyền, hoặc thiếu mã chống giả mạo (CSRF) / not allowed, or the CSRF token is missing (FORBIDDEN, CSRF_INVALID) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Không tìm thấy / not found (NOT_FOUND, UNIT_NOT_FOUND, FRAMEWORK_NOT_FOUND, EDITION_NOT_FOUND, SCORE_RUN_NOT_FOUND, INDICATOR_NOT_FOUND, PLAN_NOT_FOUND, REPORT_TEMPLATE_NOT_FOUND, JOB_NOT_FOUND, REPORT_NOT_FOUND, RECORD_NOT_FOUND, ROUTE_NOT_FOUND) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Dữ liệu không hợp lệ, không có gì được ghi / invalid data, nothing was written (VALIDATION_FAILED, REPORT_TEMPLATE_INVALID, FILE_UNREADABLE) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Lỗi nội bộ máy chủ / internal server error (INTERNAL, PDF_FAILED) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        /** Lưu nháp số liệu của biểu mẫu / save a form's values as a draft */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    dataset: string;
                    unit: string;
                    period: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        values: {
                            dataElement: string;
                            value: unknown;
                            comment?: string | null;
                            evidence?: string | null;
                        }[];
                        acceptWarnings?: {
                            index: number;
                            rule: string;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Thành công / OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            created: number;
                            updated: number;
                            unchanged: number;
                            warnings: {
                                index?: number;
                                rule?: string;
                                message?: string;
                            }[];
                        };
                    };
                };
                /** @description Yêu cầu sai: tham số, trường hoặc nội dung không hợp lệ / a bad request: a parameter, field or body that fails its schema (BAD_REQUEST, INVALID_DATE, INVALID_JSON) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Chưa đăng nhập, phiên hết hạn hoặc sai thông tin đăng nhập / no caller, an expired session, or wrong credentials (UNAUTHENTICATED, INVALID_CREDENTIALS) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Không có quyền, hoặc thiếu mã chống giả mạo (CSRF) / not allowed, or the CSRF token is missing (FORBIDDEN, CSRF_INVALID) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Không tìm thấy / not found (NOT_FOUND, UNIT_NOT_FOUND, FRAMEWORK_NOT_FOUND, EDITION_NOT_FOUND, SCORE_RUN_NOT_FOUND, INDICATOR_NOT_FOUND, PLAN_NOT_FOUND, REPORT_TEMPLATE_NOT_FOUND, JOB_NOT_FOUND, REPORT_NOT_FOUND, RECORD_NOT_FOUND, ROUTE_NOT_FOUND) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Xung đột với trạng thái đã lưu / conflicts with the stored state (CONFLICT, SELF_LOCKOUT, LOCKED, INVALID_TRANSITION, REPORT_NOT_READY) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Nội dung gửi lên quá lớn / the body is too large (PAYLOAD_TOO_LARGE) */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Kiểu nội dung không được hỗ trợ / unsupported content type (UNSUPPORTED_MEDIA_TYPE) */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Dữ liệu không hợp lệ, không có gì được ghi / invalid data, nothing was written (VALIDATION_FAILED, REPORT_TEMPLATE_INVALID, FILE_UNREADABLE) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Lỗi nội bộ máy chủ / internal server error (INTERNAL, PDF_FAILED) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Dịch vụ tạm thời chưa sẵn sàng / the service is not ready (DB_UNAVAILABLE, PDF_UNAVAILABLE, AGGREGATES_NOT_READY) */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/forms/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Duyệt nhiều biểu mẫu một lần: tất cả hoặc không biểu mẫu nào; từ chối khi có biểu mẫu chưa nộp, có cảnh báo hoặc lỗi, hay ngoài phạm vi / approve several forms at once: all or none; refused when any is not submitted, has warnings or errors, or is outside the caller’s units */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        forms: {
                            dataset: string;
                            unit: string;
                            period: string;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Thành công / OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            approved: {
                                dataset?: string;
                                unit?: string;
                                period?: string;
                                previousState?: string;
                                state?: string;
                            }[];
                        };
                    };
                };
                /** @description Yêu cầu sai: tham số, trường hoặc nội dung không hợp lệ / a bad request: a parameter, field or body that fails its schema (BAD_REQUEST, INVALID_DATE, INVALID_JSON) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Chưa đăng nhập, phiên hết hạn hoặc sai thông tin đăng nhập / no caller, an expired session, or wrong credentials (UNAUTHENTICATED, INVALID_CREDENTIALS) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Không có quyền, hoặc thiếu mã chống giả mạo (CSRF) / not allowed, or the CSRF token is missing (FORBIDDEN, CSRF_INVALID) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Nội dung gửi lên quá lớn / the body is too large (PAYLOAD_TOO_LARGE) */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Kiểu nội dung không được hỗ trợ / unsupported content type (UNSUPPORTED_MEDIA_TYPE) */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Dữ liệu không hợp lệ, không có gì được ghi / invalid data, nothing was written (VALIDATION_FAILED, REPORT_TEMPLATE_INVALID, FILE_UNREADABLE) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Lỗi nội bộ máy chủ / internal server error (INTERNAL, PDF_FAILED) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/forms/{dataset}/{unit}/{period}/{action}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Nộp, duyệt, trả lại hoặc mở lại biểu mẫu / submit, approve, return or reopen a form */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    dataset: string;
                    unit: string;
                    period: string;
                    action: "submit" | "approve" | "return" | "reopen";
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason?: string;
                    };
                };
            };
            responses: {
                /** @description Thành công / OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            state?: string;
                            previousState?: string;
                            reason?: string | null;
                        };
                    };
                };
                /** @description Yêu cầu sai: tham số, trường hoặc nội dung không hợp lệ / a bad request: a parameter, field or body that fails its schema (BAD_REQUEST, INVALID_DATE, INVALID_JSON) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Chưa đăng nhập, phiên hết hạn hoặc sai thông tin đăng nhập / no caller, an expired session, or wrong credentials (UNAUTHENTICATED, INVALID_CREDENTIALS) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Không có quyền, hoặc thiếu mã chống giả mạo (CSRF) / not allowed, or the CSRF token is missing (FORBIDDEN, CSRF_INVALID) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Không tìm thấy / not found (NOT_FOUND, UNIT_NOT_FOUND, FRAMEWORK_NOT_FOUND, EDITION_NOT_FOUND, SCORE_RUN_NOT_FOUND, INDICATOR_NOT_FOUND, PLAN_NOT_FOUND, REPORT_TEMPLATE_NOT_FOUND, JOB_NOT_FOUND, REPORT_NOT_FOUND, RECORD_NOT_FOUND, ROUTE_NOT_FOUND) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Xung đột với trạng thái đã lưu / conflicts with the stored state (CONFLICT, SELF_LOCKOUT, LOCKED, INVALID_TRANSITION, REPORT_NOT_READY) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Nội dung gửi lên quá lớn / the body is too large (PAYLOAD_TOO_LARGE) */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Kiểu nội dung không được hỗ trợ / unsupported content type (UNSUPPORTED_MEDIA_TYPE) */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Dữ liệu không hợp lệ, không có gì được ghi / invalid data, nothing was written (VALIDATION_FAILED, REPORT_TEMPLATE_INVALID, FILE_UNREADABLE) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Lỗi nội bộ máy chủ / internal server error (INTERNAL, PDF_FAILED) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/datasets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Các biểu mẫu thu thập / datasets (forms to collect) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Thành công / OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items?: {
                                code?: string;
                                name?: string;
                                nameEn?: string;
                                periodType?: string;
                                deadlineDays?: number;
                                elements?: {
                                    code?: string;
                                    section?: string;
                                    evidenceRequired?: boolean;
                                }[];
                                units?: {
                                    unit?: string;
                                    level?: string;
                                }[];
                            }[];
                        };
                    };
                };
                /** @description Yêu cầu sai: tham số, trường hoặc nội dung không hợp lệ / a bad request: a parameter, field or body that fails its schema (BAD_REQUEST, INVALID_DATE, INVALID_JSON) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Chưa đăng nhập, phiên hết hạn hoặc sai thông tin đăng nhập / no caller, an expired session, or wrong credentials (UNAUTHENTICATED, INVALID_CREDENTIALS) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Lỗi nội bộ máy chủ / internal server error (INTERNAL, PDF_FAILED) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        put?: never;
        /** Tạo biểu mẫu thu thập (quản trị viên) / create a dataset (admins) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": Record<string, never>;
                };
            };
            responses: {
                /** @description Đã tạo / created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code?: string;
                            name?: string;
                            nameEn?: string;
                            periodType?: string;
                            deadlineDays?: number;
                            elements?: {
                                code?: string;
                                section?: string;
                                evidenceRequired?: boolean;
                            }[];
                            units?: {
                                unit?: string;
                                level?: string;
                            }[];
                        };
                    };
                };
                /** @description Yêu cầu sai: tham số, trường hoặc nội dung không hợp lệ / a bad request: a parameter, field or body that fails its schema (BAD_REQUEST, INVALID_DATE, INVALID_JSON) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Chưa đăng nhập, phiên hết hạn hoặc sai thông tin đăng nhập / no caller, an expired session, or wrong credentials (UNAUTHENTICATED, INVALID_CREDENTIALS) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Không có quyền, hoặc thiếu mã chống giả mạo (CSRF) / not allowed, or the CSRF token is missing (FORBIDDEN, CSRF_INVALID) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Xung đột với trạng thái đã lưu / conflicts with the stored state (CONFLICT, SELF_LOCKOUT, LOCKED, INVALID_TRANSITION, REPORT_NOT_READY) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Nội dung gửi lên quá lớn / the body is too large (PAYLOAD_TOO_LARGE) */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Kiểu nội dung không được hỗ trợ / unsupported content type (UNSUPPORTED_MEDIA_TYPE) */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Dữ liệu không hợp lệ, không có gì được ghi / invalid data, nothing was written (VALIDATION_FAILED, REPORT_TEMPLATE_INVALID, FILE_UNREADABLE) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Lỗi nội bộ máy chủ / internal server error (INTERNAL, PDF_FAILED) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/datasets/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Một biểu mẫu thu thập / one dataset */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Thành công / OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code?: string;
                            name?: string;
                            nameEn?: string;
                            periodType?: string;
                            deadlineDays?: number;
                            elements?: {
                                code?: string;
                                section?: string;
                                evidenceRequired?: boolean;
                            }[];
                            units?: {
                                unit?: string;
                                level?: string;
                            }[];
                        };
                    };
                };
                /** @description Yêu cầu sai: tham số, trường hoặc nội dung không hợp lệ / a bad request: a parameter, field or body that fails its schema (BAD_REQUEST, INVALID_DATE, INVALID_JSON) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Chưa đăng nhập, phiên hết hạn hoặc sai thông tin đăng nhập / no caller, an expired session, or wrong credentials (UNAUTHENTICATED, INVALID_CREDENTIALS) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Không tìm thấy / not found (NOT_FOUND, UNIT_NOT_FOUND, FRAMEWORK_NOT_FOUND, EDITION_NOT_FOUND, SCORE_RUN_NOT_FOUND, INDICATOR_NOT_FOUND, PLAN_NOT_FOUND, REPORT_TEMPLATE_NOT_FOUND, JOB_NOT_FOUND, REPORT_NOT_FOUND, RECORD_NOT_FOUND, ROUTE_NOT_FOUND) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Lỗi nội bộ máy chủ / internal server error (INTERNAL, PDF_FAILED) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        /** Thay biểu mẫu thu thập (quản trị viên) / replace a dataset (admins) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": Record<string, never>;
                };
            };
            responses: {
                /** @description Thành công / OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code?: string;
                            name?: string;
                            nameEn?: string;
                            periodType?: string;
                            deadlineDays?: number;
                            elements?: {
                                code?: string;
                                section?: string;
                                evidenceRequired?: boolean;
                            }[];
                            units?: {
                                unit?: string;
                                level?: string;
                            }[];
                        };
                    };
                };
                /** @description Yêu cầu sai: tham số, trường hoặc nội dung không hợp lệ / a bad request: a parameter, field or body that fails its schema (BAD_REQUEST, INVALID_DATE, INVALID_JSON) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Chưa đăng nhập, phiên hết hạn hoặc sai thông tin đăng nhập / no caller, an expired session, or wrong credentials (UNAUTHENTICATED, INVALID_CREDENTIALS) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Không có quyền, hoặc thiếu mã chống giả mạo (CSRF) / not allowed, or the CSRF token is missing (FORBIDDEN, CSRF_INVALID) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Không tìm thấy / not found (NOT_FOUND, UNIT_NOT_FOUND, FRAMEWORK_NOT_FOUND, EDITION_NOT_FOUND, SCORE_RUN_NOT_FOUND, INDICATOR_NOT_FOUND, PLAN_NOT_FOUND, REPORT_TEMPLATE_NOT_FOUND, JOB_NOT_FOUND, REPORT_NOT_FOUND, RECORD_NOT_FOUND, ROUTE_NOT_FOUND) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Nội dung gửi lên quá lớn / the body is too large (PAYLOAD_TOO_LARGE) */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Kiểu nội dung không được hỗ trợ / unsupported content type (UNSUPPORTED_MEDIA_TYPE) */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Dữ liệu không hợp lệ, không có gì được ghi / invalid data, nothing was written (VALIDATION_FAILED, REPORT_TEMPLATE_INVALID, FILE_UNREADABLE) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Lỗi nội bộ máy chủ / internal server error (INTERNAL, PDF_FAILED) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/datasets/{code}/coverage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Tình hình nộp báo cáo của một kỳ: đúng hạn, trễ, còn thiếu / reporting coverage of a period: on time, late, missing */
        get: {
            parameters: {
                query: {
                    period: string;
                    within?: string;
                };
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Thành công / OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            dataset?: string;
                            period?: string;
                            deadline?: string;
                            expected?: number;
                            submitted?: number;
                            onTime?: number;
                            late?: number;
                            missing?: number;
                            approved?: number;
                            units?: {
                                code?: string;
                                name?: string;
                                state?: string;
                                submittedAt?: string | null;
                                onTime?: boolean | null;
                            }[];
                            missingUnits?: {
                                code?: string;
                                name?: string;
                            }[];
                        };
                    };
                };
                /** @description Yêu cầu sai: tham số, trường hoặc nội dung không hợp lệ / a bad request: a parameter, field or body that fails its schema (BAD_REQUEST, INVALID_DATE, INVALID_JSON) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Chưa đăng nhập, phiên hết hạn hoặc sai thông tin đăng nhập / no caller, an expired session, or wrong credentials (UNAUTHENTICATED, INVALID_CREDENTIALS) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Không có quyền, hoặc thiếu mã chống giả mạo (CSRF) / not allowed, or the CSRF token is missing (FORBIDDEN, CSRF_INVALID) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Không tìm thấy / not found (NOT_FOUND, UNIT_NOT_FOUND, FRAMEWORK_NOT_FOUND, EDITION_NOT_FOUND, SCORE_RUN_NOT_FOUND, INDICATOR_NOT_FOUND, PLAN_NOT_FOUND, REPORT_TEMPLATE_NOT_FOUND, JOB_NOT_FOUND, REPORT_NOT_FOUND, RECORD_NOT_FOUND, ROUTE_NOT_FOUND) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Dữ liệu không hợp lệ, không có gì được ghi / invalid data, nothing was written (VALIDATION_FAILED, REPORT_TEMPLATE_INVALID, FILE_UNREADABLE) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Lỗi nội bộ máy chủ / internal server error (INTERNAL, PDF_FAILED) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/data-values": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Gửi số liệu theo lô (tất cả hoặc không gì), có Idempotency-Key / write a batch of values, all or nothing, with an Idempotency-Key */
        post: {
            parameters: {
                query?: never;
                header?: {
                    "idempotency-key"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        values: {
                            dataElement: string;
                            value: unknown;
                            comment?: string | null;
                            evidence?: string | null;
                            unit: string;
                            period: string;
                        }[];
                        acceptWarnings?: {
                            index: number;
                            rule: string;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Thành công / OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            created: number;
                            updated: number;
                            unchanged: number;
                            warnings: {
                                index?: number;
                                rule?: string;
                                message?: string;
                            }[];
                        };
                    };
                };
                /** @description Yêu cầu sai: tham số, trường hoặc nội dung không hợp lệ / a bad request: a parameter, field or body that fails its schema (BAD_REQUEST, INVALID_DATE, INVALID_JSON) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Chưa đăng nhập, phiên hết hạn hoặc sai thông tin đăng nhập / no caller, an expired session, or wrong credentials (UNAUTHENTICATED, INVALID_CREDENTIALS) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Không có quyền, hoặc thiếu mã chống giả mạo (CSRF) / not allowed, or the CSRF token is missing (FORBIDDEN, CSRF_INVALID) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Xung đột với trạng thái đã lưu / conflicts with the stored state (CONFLICT, SELF_LOCKOUT, LOCKED, INVALID_TRANSITION, REPORT_NOT_READY) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Nội dung gửi lên quá lớn / the body is too large (PAYLOAD_TOO_LARGE) */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Kiểu nội dung không được hỗ trợ / unsupported content type (UNSUPPORTED_MEDIA_TYPE) */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Dữ liệu không hợp lệ, không có gì được ghi / invalid data, nothing was written (VALIDATION_FAILED, REPORT_TEMPLATE_INVALID, FILE_UNREADABLE) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Lỗi nội bộ máy chủ / internal server error (INTERNAL, PDF_FAILED) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Dịch vụ tạm thời chưa sẵn sàng / the service is not ready (DB_UNAVAILABLE, PDF_UNAVAILABLE, AGGREGATES_NOT_READY) */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/data-values/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Lịch sử một số liệu: các phiên bản và sự kiện / a value's history: its versions and events */
        get: {
            parameters: {
                query: {
                    dataElement: string;
                    unit: string;
                    period: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Thành công / OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            dataElement?: string;
                            unit?: string;
                            period?: string;
                            versions?: {
                                version?: number;
                                value?: number | string | boolean | null;
                                /** @description The value's form's workflow state (draft, submitted, approved, returned), or direct (ghi trực tiếp) for a value no form collects */
                                status?: string;
                                comment?: string | null;
                                evidence?: string | null;
                                /** @description Worked back from other figures (the comment says how), not reported */
                                derived?: boolean;
                                author?: string;
                                source?: string;
                                createdAt?: string;
                            }[];
                            events?: {
                                at?: string;
                                actorName?: string;
                                actorKind?: string;
                                source?: string;
                                via?: string | null;
                                entity?: string;
                                entityKey?: string;
                                action?: string;
                                before?: unknown;
                                after?: unknown;
                            }[];
                        };
                    };
                };
                /** @description Yêu cầu sai: tham số, trường hoặc nội dung không hợp lệ / a bad request: a parameter, field or body that fails its schema (BAD_REQUEST, INVALID_DATE, INVALID_JSON) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Chưa đăng nhập, phiên hết hạn hoặc sai thông tin đăng nhập / no caller, an expired session, or wrong credentials (UNAUTHENTICATED, INVALID_CREDENTIALS) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Không có quyền, hoặc thiếu mã chống giả mạo (CSRF) / not allowed, or the CSRF token is missing (FORBIDDEN, CSRF_INVALID) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Không tìm thấy / not found (NOT_FOUND, UNIT_NOT_FOUND, FRAMEWORK_NOT_FOUND, EDITION_NOT_FOUND, SCORE_RUN_NOT_FOUND, INDICATOR_NOT_FOUND, PLAN_NOT_FOUND, REPORT_TEMPLATE_NOT_FOUND, JOB_NOT_FOUND, REPORT_NOT_FOUND, RECORD_NOT_FOUND, ROUTE_NOT_FOUND) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Dữ liệu không hợp lệ, không có gì được ghi / invalid data, nothing was written (VALIDATION_FAILED, REPORT_TEMPLATE_INVALID, FILE_UNREADABLE) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Lỗi nội bộ máy chủ / internal server error (INTERNAL, PDF_FAILED) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/validation-rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Quy tắc kiểm tra số liệu / validation rules */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Thành công / OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items?: {
                                kind?: string;
                                code?: string;
                                name?: string;
                                severity?: string;
                                message?: string;
                                left?: string;
                                operator?: string;
                                right?: string;
                                countElement?: string;
                                totalElement?: string;
                                rateElement?: string;
                            }[];
                        };
                    };
                };
                /** @description Yêu cầu sai: tham số, trường hoặc nội dung không hợp lệ / a bad request: a parameter, field or body that fails its schema (BAD_REQUEST, INVALID_DATE, INVALID_JSON) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Chưa đăng nhập, phiên hết hạn hoặc sai thông tin đăng nhập / no caller, an expired session, or wrong credentials (UNAUTHENTICATED, INVALID_CREDENTIALS) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Lỗi nội bộ máy chủ / internal server error (INTERNAL, PDF_FAILED) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        put?: never;
        /** Tạo (201) hoặc thay (200) một quy tắc kiểm tra (quản trị viên) / create (201) or replace (200) a validation rule (admins) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": Record<string, never>;
                };
            };
            responses: {
                /** @description Thành công / OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            kind?: string;
                            code?: string;
                            name?: string;
                            severity?: string;
                            message?: string;
                            left?: string;
                            operator?: string;
                            right?: string;
                            countElement?: string;
                            totalElement?: string;
                            rateElement?: string;
                        };
                    };
                };
                /** @description Đã tạo / created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            kind?: string;
                            code?: string;
                            name?: string;
                            severity?: string;
                            message?: string;
                            left?: string;
                            operator?: string;
                            right?: string;
                            countElement?: string;
                            totalElement?: string;
                            rateElement?: string;
                        };
                    };
                };
                /** @description Yêu cầu sai: tham số, trường hoặc nội dung không hợp lệ / a bad request: a parameter, field or body that fails its schema (BAD_REQUEST, INVALID_DATE, INVALID_JSON) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Chưa đăng nhập, phiên hết hạn hoặc sai thông tin đăng nhập / no caller, an expired session, or wrong credentials (UNAUTHENTICATED, INVALID_CREDENTIALS) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Không có quyền, hoặc thiếu mã chống giả mạo (CSRF) / not allowed, or the CSRF token is missing (FORBIDDEN, CSRF_INVALID) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Nội dung gửi lên quá lớn / the body is too large (PAYLOAD_TOO_LARGE) */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Kiểu nội dung không được hỗ trợ / unsupported content type (UNSUPPORTED_MEDIA_TYPE) */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Dữ liệu không hợp lệ, không có gì được ghi / invalid data, nothing was written (VALIDATION_FAILED, REPORT_TEMPLATE_INVALID, FILE_UNREADABLE) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Lỗi nội bộ máy chủ / internal server error (INTERNAL, PDF_FAILED) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/datasets/{code}/template.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Tệp mẫu XLSX của biểu mẫu và kỳ, với các đơn vị của người gọi / the XLSX template of a dataset and period, with the caller's units */
        get: {
            parameters: {
                query: {
                    period: string;
                };
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Tệp mẫu / the template */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    };
                };
                /** @description Yêu cầu sai: tham số, trường hoặc nội dung không hợp lệ / a bad request: a parameter, field or body that fails its schema (BAD_REQUEST, INVALID_DATE, INVALID_JSON) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Chưa đăng nhập, phiên hết hạn hoặc sai thông tin đăng nhập / no caller, an expired session, or wrong credentials (UNAUTHENTICATED, INVALID_CREDENTIALS) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Không có quyền, hoặc thiếu mã chống giả mạo (CSRF) / not allowed, or the CSRF token is missing (FORBIDDEN, CSRF_INVALID) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Không tìm thấy / not found (NOT_FOUND, UNIT_NOT_FOUND, FRAMEWORK_NOT_FOUND, EDITION_NOT_FOUND, SCORE_RUN_NOT_FOUND, INDICATOR_NOT_FOUND, PLAN_NOT_FOUND, REPORT_TEMPLATE_NOT_FOUND, JOB_NOT_FOUND, REPORT_NOT_FOUND, RECORD_NOT_FOUND, ROUTE_NOT_FOUND) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Lỗi nội bộ máy chủ / internal server error (INTERNAL, PDF_FAILED) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/imports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Tải lên bảng tính (multipart): đọc và trả bản xem trước / upload a spreadsheet (multipart): read it, answer its preview */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Đã tạo / created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            importId?: string;
                            dataset?: string;
                            period?: string;
                            fileName?: string;
                            status?: string;
                            rowsRead?: number;
                            format?: string;
                            sheet?: string;
                            encoding?: string;
                            delimiter?: string;
                            rows?: number;
                            values?: number;
                            errorCount?: number;
                            errors?: {
                                row?: number;
                                column?: string;
                                cell?: string;
                                message?: string;
                            }[];
                            warnings?: {
                                row?: number;
                                column?: string;
                                cell?: string;
                                message?: string;
                            }[];
                            sample?: {
                                dataElement?: string;
                                unit?: string;
                                period?: string;
                                value?: unknown;
                                comment?: string;
                                evidence?: string;
                                row?: number;
                                cell?: string;
                            }[];
                            columns?: string[];
                            grid?: {
                                rows?: number;
                                columns?: number;
                            };
                            changes?: {
                                created?: number;
                                updated?: number;
                                unchanged?: number;
                            };
                            shape?: string;
                            periods?: string[];
                            progress?: {
                                phase?: string;
                                done?: number;
                                total?: number;
                                message?: string;
                            } | null;
                            result?: {
                                created?: number;
                                updated?: number;
                                unchanged?: number;
                                warnings?: {
                                    row?: number;
                                    column?: string;
                                    cell?: string;
                                    message?: string;
                                    rule?: string;
                                }[];
                            } | null;
                            createdBy?: string;
                            createdAt?: string;
                            updatedAt?: string;
                        };
                    };
                };
                /** @description Yêu cầu sai: tham số, trường hoặc nội dung không hợp lệ / a bad request: a parameter, field or body that fails its schema (BAD_REQUEST, INVALID_DATE, INVALID_JSON) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Chưa đăng nhập, phiên hết hạn hoặc sai thông tin đăng nhập / no caller, an expired session, or wrong credentials (UNAUTHENTICATED, INVALID_CREDENTIALS) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Không có quyền, hoặc thiếu mã chống giả mạo (CSRF) / not allowed, or the CSRF token is missing (FORBIDDEN, CSRF_INVALID) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Không tìm thấy / not found (NOT_FOUND, UNIT_NOT_FOUND, FRAMEWORK_NOT_FOUND, EDITION_NOT_FOUND, SCORE_RUN_NOT_FOUND, INDICATOR_NOT_FOUND, PLAN_NOT_FOUND, REPORT_TEMPLATE_NOT_FOUND, JOB_NOT_FOUND, REPORT_NOT_FOUND, RECORD_NOT_FOUND, ROUTE_NOT_FOUND) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Nội dung gửi lên quá lớn / the body is too large (PAYLOAD_TOO_LARGE) */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Kiểu nội dung không được hỗ trợ / unsupported content type (UNSUPPORTED_MEDIA_TYPE) */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Dữ liệu không hợp lệ, không có gì được ghi / invalid data, nothing was written (VALIDATION_FAILED, REPORT_TEMPLATE_INVALID, FILE_UNREADABLE) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Lỗi nội bộ máy chủ / internal server error (INTERNAL, PDF_FAILED) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/imports/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Trạng thái và tiến độ một lượt nhập / an import's status and progress */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Thành công / OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            importId?: string;
                            dataset?: string;
                            period?: string;
                            fileName?: string;
                            status?: string;
                            rowsRead?: number;
                            format?: string;
                            sheet?: string;
                            encoding?: string;
                            delimiter?: string;
                            rows?: number;
                            values?: number;
                            errorCount?: number;
                            errors?: {
                                row?: number;
                                column?: string;
                                cell?: string;
                                message?: string;
                            }[];
                            warnings?: {
                                row?: number;
                                column?: string;
                                cell?: string;
                                message?: string;
                            }[];
                            sample?: {
                                dataElement?: string;
                                unit?: string;
                                period?: string;
                                value?: unknown;
                                comment?: string;
                                evidence?: string;
                                row?: number;
                                cell?: string;
                            }[];
                            columns?: string[];
                            grid?: {
                                rows?: number;
                                columns?: number;
                            };
                            changes?: {
                                created?: number;
                                updated?: number;
                                unchanged?: number;
                            };
                            shape?: string;
                            periods?: string[];
                            progress?: {
                                phase?: string;
                                done?: number;
                                total?: number;
                                message?: string;
                            } | null;
                            result?: {
                                created?: number;
                                updated?: number;
                                unchanged?: number;
                                warnings?: {
                                    row?: number;
                                    column?: string;
                                    cell?: string;
                                    message?: string;
                                    rule?: string;
                                }[];
                            } | null;
                            createdBy?: string;
                            createdAt?: string;
                            updatedAt?: string;
                        };
                    };
                };
                /** @description Yêu cầu sai: tham số, trường hoặc nội dung không hợp lệ / a bad request: a parameter, field or body that fails its schema (BAD_REQUEST, INVALID_DATE, INVALID_JSON) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Chưa đăng nhập, phiên hết hạn hoặc sai thông tin đăng nhập / no caller, an expired session, or wrong credentials (UNAUTHENTICATED, INVALID_CREDENTIALS) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Không có quyền, hoặc thiếu mã chống giả mạo (CSRF) / not allowed, or the CSRF token is missing (FORBIDDEN, CSRF_INVALID) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Không tìm thấy / not found (NOT_FOUND, UNIT_NOT_FOUND, FRAMEWORK_NOT_FOUND, EDITION_NOT_FOUND, SCORE_RUN_NOT_FOUND, INDICATOR_NOT_FOUND, PLAN_NOT_FOUND, REPORT_TEMPLATE_NOT_FOUND, JOB_NOT_FOUND, REPORT_NOT_FOUND, RECORD_NOT_FOUND, ROUTE_NOT_FOUND) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Lỗi nội bộ máy chủ / internal server error (INTERNAL, PDF_FAILED) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/imports/{id}/rows": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Một trang các dòng của tệp (ô dạng chữ, số dòng trong bảng tính) cho lưới xem trước / a page of the file's rows (text cells, sheet row numbers) for the preview grid */
        get: {
            parameters: {
                query?: {
                    offset?: number;
                    limit?: number;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Thành công / OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            importId: string;
                            offset: number;
                            total: number;
                            columns: number;
                            items: {
                                row: number;
                                cells: string[];
                            }[];
                        };
                    };
                };
                /** @description Yêu cầu sai: tham số, trường hoặc nội dung không hợp lệ / a bad request: a parameter, field or body that fails its schema (BAD_REQUEST, INVALID_DATE, INVALID_JSON) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Chưa đăng nhập, phiên hết hạn hoặc sai thông tin đăng nhập / no caller, an expired session, or wrong credentials (UNAUTHENTICATED, INVALID_CREDENTIALS) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Không có quyền, hoặc thiếu mã chống giả mạo (CSRF) / not allowed, or the CSRF token is missing (FORBIDDEN, CSRF_INVALID) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Không tìm thấy / not found (NOT_FOUND, UNIT_NOT_FOUND, FRAMEWORK_NOT_FOUND, EDITION_NOT_FOUND, SCORE_RUN_NOT_FOUND, INDICATOR_NOT_FOUND, PLAN_NOT_FOUND, REPORT_TEMPLATE_NOT_FOUND, JOB_NOT_FOUND, REPORT_NOT_FOUND, RECORD_NOT_FOUND, ROUTE_NOT_FOUND) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Lỗi nội bộ máy chủ / internal server error (INTERNAL, PDF_FAILED) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/imports/{id}/commit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Ghi mọi số liệu của lượt nhập, tất cả hoặc không gì / write every value of an import, all or nothing */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Thành công / OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            importId?: string;
                            created?: number;
                            updated?: number;
                            unchanged?: number;
                            warnings?: {
                                row?: number;
                                column?: string;
                                cell?: string;
                                message?: string;
                                rule?: string;
                            }[];
                        };
                    };
                };
                /** @description Yêu cầu sai: tham số, trường hoặc nội dung không hợp lệ / a bad request: a parameter, field or body that fails its schema (BAD_REQUEST, INVALID_DATE, INVALID_JSON) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Chưa đăng nhập, phiên hết hạn hoặc sai thông tin đăng nhập / no caller, an expired session, or wrong credentials (UNAUTHENTICATED, INVALID_CREDENTIALS) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Không có quyền, hoặc thiếu mã chống giả mạo (CSRF) / not allowed, or the CSRF token is missing (FORBIDDEN, CSRF_INVALID) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Không tìm thấy / not found (NOT_FOUND, UNIT_NOT_FOUND, FRAMEWORK_NOT_FOUND, EDITION_NOT_FOUND, SCORE_RUN_NOT_FOUND, INDICATOR_NOT_FOUND, PLAN_NOT_FOUND, REPORT_TEMPLATE_NOT_FOUND, JOB_NOT_FOUND, REPORT_NOT_FOUND, RECORD_NOT_FOUND, ROUTE_NOT_FOUND) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Xung đột với trạng thái đã lưu / conflicts with the stored state (CONFLICT, SELF_LOCKOUT, LOCKED, INVALID_TRANSITION, REPORT_NOT_READY) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Nội dung gửi lên quá lớn / the body is too large (PAYLOAD_TOO_LARGE) */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Kiểu nội dung không được hỗ trợ / unsupported content type (UNSUPPORTED_MEDIA_TYPE) */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Dữ liệu không hợp lệ, không có gì được ghi / invalid data, nothing was written (VALIDATION_FAILED, REPORT_TEMPLATE_INVALID, FILE_UNREADABLE) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Lỗi nội bộ máy chủ / internal server error (INTERNAL, PDF_FAILED) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Dịch vụ tạm thời chưa sẵn sàng / the service is not ready (DB_UNAVAILABLE, PDF_UNAVAILABLE, AGGREGATES_NOT_READY) */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/evidence": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Tạo minh chứng: văn bản, đường dẫn (JSON) hoặc tệp (multipart) / create evidence: a document, a link (JSON) or a file (multipart) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Đã tạo / created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id?: string;
                            /** @enum {string} */
                            kind?: "document" | "file" | "link";
                            unit?: string;
                            period?: string;
                            element?: string | null;
                            dataset?: string | null;
                            document?: {
                                number?: string;
                                date?: string | null;
                                issuer?: string | null;
                                summary?: string | null;
                            } | null;
                            url?: string | null;
                            file?: {
                                name?: string;
                                size?: number;
                                mediaType?: string;
                                sha256?: string;
                            } | null;
                            createdBy?: string;
                            createdAt?: string;
                        };
                    };
                };
                /** @description Yêu cầu sai: tham số, trường hoặc nội dung không hợp lệ / a bad request: a parameter, field or body that fails its schema (BAD_REQUEST, INVALID_DATE, INVALID_JSON) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Chưa đăng nhập, phiên hết hạn hoặc sai thông tin đăng nhập / no caller, an expired session, or wrong credentials (UNAUTHENTICATED, INVALID_CREDENTIALS) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Không có quyền, hoặc thiếu mã chống giả mạo (CSRF) / not allowed, or the CSRF token is missing (FORBIDDEN, CSRF_INVALID) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Không tìm thấy / not found (NOT_FOUND, UNIT_NOT_FOUND, FRAMEWORK_NOT_FOUND, EDITION_NOT_FOUND, SCORE_RUN_NOT_FOUND, INDICATOR_NOT_FOUND, PLAN_NOT_FOUND, REPORT_TEMPLATE_NOT_FOUND, JOB_NOT_FOUND, REPORT_NOT_FOUND, RECORD_NOT_FOUND, ROUTE_NOT_FOUND) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Nội dung gửi lên quá lớn / the body is too large (PAYLOAD_TOO_LARGE) */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Kiểu nội dung không được hỗ trợ / unsupported content type (UNSUPPORTED_MEDIA_TYPE) */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Lỗi nội bộ máy chủ / internal server error (INTERNAL, PDF_FAILED) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/evidence/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Một minh chứng / one evidence record */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Thành công / OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id?: string;
                            /** @enum {string} */
                            kind?: "document" | "file" | "link";
                            unit?: string;
                            period?: string;
                            element?: string | null;
                            dataset?: string | null;
                            document?: {
                                number?: string;
                                date?: string | null;
                                issuer?: string | null;
                                summary?: string | null;
                            } | null;
                            url?: string | null;
                            file?: {
                                name?: string;
                                size?: number;
                                mediaType?: string;
                                sha256?: string;
                            } | null;
                            createdBy?: string;
                            createdAt?: string;
                        };
                    };
                };
                /** @description Yêu cầu sai: tham số, trường hoặc nội dung không hợp lệ / a bad request: a parameter, field or body that fails its schema (BAD_REQUEST, INVALID_DATE, INVALID_JSON) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Chưa đăng nhập, phiên hết hạn hoặc sai thông tin đăng nhập / no caller, an expired session, or wrong credentials (UNAUTHENTICATED, INVALID_CREDENTIALS) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Không có quyền, hoặc thiếu mã chống giả mạo (CSRF) / not allowed, or the CSRF token is missing (FORBIDDEN, CSRF_INVALID) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Không tìm thấy / not found (NOT_FOUND, UNIT_NOT_FOUND, FRAMEWORK_NOT_FOUND, EDITION_NOT_FOUND, SCORE_RUN_NOT_FOUND, INDICATOR_NOT_FOUND, PLAN_NOT_FOUND, REPORT_TEMPLATE_NOT_FOUND, JOB_NOT_FOUND, REPORT_NOT_FOUND, RECORD_NOT_FOUND, ROUTE_NOT_FOUND) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Lỗi nội bộ máy chủ / internal server error (INTERNAL, PDF_FAILED) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/evidence/{id}/file": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Tải tệp minh chứng / download an evidence file */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Tệp, với tên gốc trong Content-Disposition / the file, its original name in Content-Disposition */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/pdf": string;
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document": string;
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                        "image/jpeg": string;
                        "image/png": string;
                    };
                };
                /** @description Yêu cầu sai: tham số, trường hoặc nội dung không hợp lệ / a bad request: a parameter, field or body that fails its schema (BAD_REQUEST, INVALID_DATE, INVALID_JSON) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Chưa đăng nhập, phiên hết hạn hoặc sai thông tin đăng nhập / no caller, an expired session, or wrong credentials (UNAUTHENTICATED, INVALID_CREDENTIALS) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Không có quyền, hoặc thiếu mã chống giả mạo (CSRF) / not allowed, or the CSRF token is missing (FORBIDDEN, CSRF_INVALID) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Không tìm thấy / not found (NOT_FOUND, UNIT_NOT_FOUND, FRAMEWORK_NOT_FOUND, EDITION_NOT_FOUND, SCORE_RUN_NOT_FOUND, INDICATOR_NOT_FOUND, PLAN_NOT_FOUND, REPORT_TEMPLATE_NOT_FOUND, JOB_NOT_FOUND, REPORT_NOT_FOUND, RECORD_NOT_FOUND, ROUTE_NOT_FOUND) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Lỗi nội bộ máy chủ / internal server error (INTERNAL, PDF_FAILED) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/analytics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Số liệu một chỉ tiêu theo đơn vị và kỳ (một kỳ hoặc một chuỗi kỳ) / an indicator over units and one period or a series */
        get: {
            parameters: {
                query: {
                    indicator: string;
                    unit: string;
                    period?: string;
                    periods?: string;
                    from?: string;
                    to?: string;
                    breakdown?: "none" | "children" | "leaves" | "units";
                    units?: string;
                    view?: "was" | "now";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Thành công / OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            indicator: string;
                            period: string;
                            periods: string[];
                            unit: {
                                code: string;
                                name: string;
                            };
                            view: string;
                            breakdown: string;
                            rows: {
                                unit: {
                                    code: string;
                                    name: string;
                                };
                                period: string;
                                value: number | null;
                                numerator: number | null;
                                denominator: number | null;
                                coverage: {
                                    reported: number;
                                    expected: number;
                                };
                                approximate?: boolean;
                                reportedRate?: {
                                    element: string;
                                    reported: number;
                                    expected: number;
                                    decimals: number;
                                    consistent: boolean;
                                };
                                target?: number;
                                status?: string;
                                gap?: number | null;
                            }[];
                        };
                    };
                };
                /** @description Yêu cầu sai: tham số, trường hoặc nội dung không hợp lệ / a bad request: a parameter, field or body that fails its schema (BAD_REQUEST, INVALID_DATE, INVALID_JSON) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Chưa đăng nhập, phiên hết hạn hoặc sai thông tin đăng nhập / no caller, an expired session, or wrong credentials (UNAUTHENTICATED, INVALID_CREDENTIALS) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Không có quyền, hoặc thiếu mã chống giả mạo (CSRF) / not allowed, or the CSRF token is missing (FORBIDDEN, CSRF_INVALID) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Không tìm thấy / not found (NOT_FOUND, UNIT_NOT_FOUND, FRAMEWORK_NOT_FOUND, EDITION_NOT_FOUND, SCORE_RUN_NOT_FOUND, INDICATOR_NOT_FOUND, PLAN_NOT_FOUND, REPORT_TEMPLATE_NOT_FOUND, JOB_NOT_FOUND, REPORT_NOT_FOUND, RECORD_NOT_FOUND, ROUTE_NOT_FOUND) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Lỗi nội bộ máy chủ / internal server error (INTERNAL, PDF_FAILED) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/plans/{code}/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Tình trạng thực hiện kế hoạch: từng mục tiêu và tổng hợp / plan status: every target, and the summary */
        get: {
            parameters: {
                query?: {
                    asOf?: string;
                };
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Thành công / OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            plan: string;
                            asOf: string;
                            unit: {
                                code: string;
                                name: string;
                                level: string;
                                validFrom: string | null;
                                validTo: string | null;
                                reorganisation: {
                                    kind: string | null;
                                    date: string;
                                    legalBasis: string | null;
                                    successors: {
                                        code: string;
                                        name: string;
                                        level: string;
                                        part: string;
                                        share: number | null;
                                    }[];
                                } | null;
                            } | null;
                            targets: {
                                indicator?: string;
                                unit?: string;
                                period?: string;
                                group?: string | null;
                                label?: string | null;
                                target?: number;
                                comparison?: string;
                                value?: number | null;
                                status?: string;
                                statusLabel?: {
                                    vi: string;
                                    en: string;
                                };
                                gap?: number | null;
                                projected?: number | null;
                                periodOpen?: boolean;
                                coverage?: {
                                    reported?: number;
                                    expected?: number;
                                } | null;
                                reorganisation?: {
                                    kind: string | null;
                                    date: string;
                                    legalBasis: string | null;
                                    successors: {
                                        code: string;
                                        name: string;
                                        level: string;
                                        part: string;
                                        share: number | null;
                                    }[];
                                } | null;
                                now?: {
                                    unit: {
                                        code: string;
                                        name: string;
                                    };
                                    value: number | null;
                                    coverage: {
                                        reported: number;
                                        expected: number;
                                    };
                                    approximate: boolean;
                                }[] | null;
                            }[];
                            summary: {
                                total: number;
                                metOrExceeded: number;
                                byStatus: {
                                    exceeded?: number;
                                    met?: number;
                                    not_met?: number;
                                    at_risk?: number;
                                    no_data?: number;
                                    reorganised?: number;
                                };
                                text: string;
                            };
                            groups: {
                                group?: string | null;
                                summary?: {
                                    total: number;
                                    metOrExceeded: number;
                                    byStatus: {
                                        exceeded?: number;
                                        met?: number;
                                        not_met?: number;
                                        at_risk?: number;
                                        no_data?: number;
                                        reorganised?: number;
                                    };
                                    text: string;
                                };
                            }[];
                            /** @description What the plan's unit reported of its progress (e.g. 8/19 met or exceeded), beside the summary computed from the targets known */
                            reported: {
                                met: number;
                                total: number;
                                period: string;
                                evidence: string | null;
                                text: string;
                            } | null;
                        };
                    };
                };
                /** @description Yêu cầu sai: tham số, trường hoặc nội dung không hợp lệ / a bad request: a parameter, field or body that fails its schema (BAD_REQUEST, INVALID_DATE, INVALID_JSON) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Chưa đăng nhập, phiên hết hạn hoặc sai thông tin đăng nhập / no caller, an expired session, or wrong credentials (UNAUTHENTICATED, INVALID_CREDENTIALS) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Không có quyền, hoặc thiếu mã chống giả mạo (CSRF) / not allowed, or the CSRF token is missing (FORBIDDEN, CSRF_INVALID) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Không tìm thấy / not found (NOT_FOUND, UNIT_NOT_FOUND, FRAMEWORK_NOT_FOUND, EDITION_NOT_FOUND, SCORE_RUN_NOT_FOUND, INDICATOR_NOT_FOUND, PLAN_NOT_FOUND, REPORT_TEMPLATE_NOT_FOUND, JOB_NOT_FOUND, REPORT_NOT_FOUND, RECORD_NOT_FOUND, ROUTE_NOT_FOUND) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Lỗi nội bộ máy chủ / internal server error (INTERNAL, PDF_FAILED) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/compute/recompute": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Tính lại toàn bộ số liệu tổng hợp (tác vụ chạy nền, quản trị viên) / rebuild every aggregate (a background job, admins) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Đã nhận, sẽ chạy sau / accepted, to run in the background */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            jobId: number;
                            status: string;
                        };
                    };
                };
                /** @description Yêu cầu sai: tham số, trường hoặc nội dung không hợp lệ / a bad request: a parameter, field or body that fails its schema (BAD_REQUEST, INVALID_DATE, INVALID_JSON) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Chưa đăng nhập, phiên hết hạn hoặc sai thông tin đăng nhập / no caller, an expired session, or wrong credentials (UNAUTHENTICATED, INVALID_CREDENTIALS) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Không có quyền, hoặc thiếu mã chống giả mạo (CSRF) / not allowed, or the CSRF token is missing (FORBIDDEN, CSRF_INVALID) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Nội dung gửi lên quá lớn / the body is too large (PAYLOAD_TOO_LARGE) */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Kiểu nội dung không được hỗ trợ / unsupported content type (UNSUPPORTED_MEDIA_TYPE) */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Lỗi nội bộ máy chủ / internal server error (INTERNAL, PDF_FAILED) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/compute/jobs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Trạng thái một tác vụ tính toán / the state of a compute job */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Thành công / OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            kind: string;
                            /** @enum {string} */
                            status: "queued" | "running" | "done" | "failed";
                            progress: {
                                step: number;
                                steps: number;
                                message: string;
                            } | null;
                            report: {
                                units?: number;
                                closureRows?: number;
                                leafRows?: number;
                                periods?: number;
                                aggregateRows?: number;
                                treeDate?: string;
                                durationMs?: number;
                            } | null;
                            error: string | null;
                            requestedBy: string | null;
                            createdAt: string;
                            updatedAt: string;
                        };
                    };
                };
                /** @description Yêu cầu sai: tham số, trường hoặc nội dung không hợp lệ / a bad request: a parameter, field or body that fails its schema (BAD_REQUEST, INVALID_DATE, INVALID_JSON) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Chưa đăng nhập, phiên hết hạn hoặc sai thông tin đăng nhập / no caller, an expired session, or wrong credentials (UNAUTHENTICATED, INVALID_CREDENTIALS) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Không có quyền, hoặc thiếu mã chống giả mạo (CSRF) / not allowed, or the CSRF token is missing (FORBIDDEN, CSRF_INVALID) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Không tìm thấy / not found (NOT_FOUND, UNIT_NOT_FOUND, FRAMEWORK_NOT_FOUND, EDITION_NOT_FOUND, SCORE_RUN_NOT_FOUND, INDICATOR_NOT_FOUND, PLAN_NOT_FOUND, REPORT_TEMPLATE_NOT_FOUND, JOB_NOT_FOUND, REPORT_NOT_FOUND, RECORD_NOT_FOUND, ROUTE_NOT_FOUND) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Lỗi nội bộ máy chủ / internal server error (INTERNAL, PDF_FAILED) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/frameworks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Các bộ chỉ số đánh giá và phiên bản / scoring frameworks and their editions */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Thành công / OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                code: string;
                                name: string;
                                nameEn: string;
                                level: string;
                                description?: string;
                                editions: {
                                    edition: string;
                                    name: string;
                                    legalBasis: string;
                                    validFrom: string;
                                    validTo: string | null;
                                }[];
                            }[];
                        };
                    };
                };
                /** @description Yêu cầu sai: tham số, trường hoặc nội dung không hợp lệ / a bad request: a parameter, field or body that fails its schema (BAD_REQUEST, INVALID_DATE, INVALID_JSON) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Chưa đăng nhập, phiên hết hạn hoặc sai thông tin đăng nhập / no caller, an expired session, or wrong credentials (UNAUTHENTICATED, INVALID_CREDENTIALS) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Lỗi nội bộ máy chủ / internal server error (INTERNAL, PDF_FAILED) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/frameworks/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Một bộ chỉ số / one framework */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Thành công / OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            name: string;
                            nameEn: string;
                            level: string;
                            description?: string;
                            editions: {
                                edition: string;
                                name: string;
                                legalBasis: string;
                                validFrom: string;
                                validTo: string | null;
                            }[];
                        };
                    };
                };
                /** @description Yêu cầu sai: tham số, trường hoặc nội dung không hợp lệ / a bad request: a parameter, field or body that fails its schema (BAD_REQUEST, INVALID_DATE, INVALID_JSON) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Chưa đăng nhập, phiên hết hạn hoặc sai thông tin đăng nhập / no caller, an expired session, or wrong credentials (UNAUTHENTICATED, INVALID_CREDENTIALS) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Không tìm thấy / not found (NOT_FOUND, UNIT_NOT_FOUND, FRAMEWORK_NOT_FOUND, EDITION_NOT_FOUND, SCORE_RUN_NOT_FOUND, INDICATOR_NOT_FOUND, PLAN_NOT_FOUND, REPORT_TEMPLATE_NOT_FOUND, JOB_NOT_FOUND, REPORT_NOT_FOUND, RECORD_NOT_FOUND, ROUTE_NOT_FOUND) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Lỗi nội bộ máy chủ / internal server error (INTERNAL, PDF_FAILED) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/frameworks/{code}/editions/{edition}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Cây một phiên bản: chỉ số chính, thành phần, trụ cột / an edition tree: main indices, components, pillars */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                    edition: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Thành công / OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            framework?: string;
                            edition?: string;
                            name?: string;
                            legalBasis?: string;
                            validFrom?: string;
                            validTo?: string | null;
                            note?: string;
                            previousEdition?: string;
                            maxPoints?: number;
                            grades?: {
                                code?: string;
                                label?: string;
                                min?: number;
                            }[];
                            pillars?: {
                                code?: string;
                                name?: string;
                            }[];
                            mainIndices?: {
                                code?: string;
                                name?: string;
                                maxPoints?: number;
                                scored?: boolean;
                                publishedElement?: string;
                                components?: {
                                    code?: string;
                                    name?: string;
                                    maxPoints?: number;
                                    rule?: {
                                        [key: string]: unknown;
                                    };
                                    pillars?: string[];
                                    source?: {
                                        [key: string]: unknown;
                                    };
                                }[];
                            }[];
                        };
                    };
                };
                /** @description Yêu cầu sai: tham số, trường hoặc nội dung không hợp lệ / a bad request: a parameter, field or body that fails its schema (BAD_REQUEST, INVALID_DATE, INVALID_JSON) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Chưa đăng nhập, phiên hết hạn hoặc sai thông tin đăng nhập / no caller, an expired session, or wrong credentials (UNAUTHENTICATED, INVALID_CREDENTIALS) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Không tìm thấy / not found (NOT_FOUND, UNIT_NOT_FOUND, FRAMEWORK_NOT_FOUND, EDITION_NOT_FOUND, SCORE_RUN_NOT_FOUND, INDICATOR_NOT_FOUND, PLAN_NOT_FOUND, REPORT_TEMPLATE_NOT_FOUND, JOB_NOT_FOUND, REPORT_NOT_FOUND, RECORD_NOT_FOUND, ROUTE_NOT_FOUND) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Lỗi nội bộ máy chủ / internal server error (INTERNAL, PDF_FAILED) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/frameworks/{code}/editions/{edition}/scores": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Kết quả chấm điểm và xếp hạng đã công bố (hoặc một lần chấm) / published scores and ranks (or one revision) */
        get: {
            parameters: {
                query: {
                    level?: "province" | "commune" | "agency";
                    period: string;
                    revision?: number;
                };
                header?: never;
                path: {
                    code: string;
                    edition: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Thành công / OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            run: {
                                id: number;
                                framework: string;
                                edition: string;
                                level: string;
                                period: string;
                                revision: number;
                                status: string;
                                options: {
                                    at?: string;
                                    units?: string[];
                                    mergedUnitRule?: string;
                                };
                                compareRunId: number | null;
                                createdAt: string;
                                createdBy: string;
                                publishedAt: string | null;
                                publishedBy: string | null;
                                /** @enum {string} */
                                origin: "computed" | "imported";
                                source: {
                                    title: string;
                                    url?: string;
                                    date?: string;
                                    file?: string;
                                } | null;
                            };
                            items: {
                                unit: {
                                    code: string;
                                    name: string;
                                };
                                points: number;
                                max: number;
                                score: number | null;
                                rank: number | null;
                                rankChange: number | null;
                                grade: {
                                    code: string;
                                    label: string;
                                } | null;
                                mainIndices: {
                                    code: string;
                                    name: string;
                                    points: number;
                                    max: number;
                                    value: number | null;
                                    rank: number | null;
                                    basis: string;
                                }[];
                                pillars: {
                                    code: string;
                                    name: string;
                                    points: number;
                                    max: number;
                                    value: number | null;
                                    rank: number | null;
                                }[];
                                components: {
                                    code?: string;
                                    value?: number | string | boolean | null;
                                    points?: number | null;
                                }[];
                                missing: string[];
                                predecessors: string[] | null;
                                derived: string[];
                                note: string | null;
                            }[];
                        };
                    };
                };
                /** @description Yêu cầu sai: tham số, trường hoặc nội dung không hợp lệ / a bad request: a parameter, field or body that fails its schema (BAD_REQUEST, INVALID_DATE, INVALID_JSON) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Chưa đăng nhập, phiên hết hạn hoặc sai thông tin đăng nhập / no caller, an expired session, or wrong credentials (UNAUTHENTICATED, INVALID_CREDENTIALS) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Không có quyền, hoặc thiếu mã chống giả mạo (CSRF) / not allowed, or the CSRF token is missing (FORBIDDEN, CSRF_INVALID) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Không tìm thấy / not found (NOT_FOUND, UNIT_NOT_FOUND, FRAMEWORK_NOT_FOUND, EDITION_NOT_FOUND, SCORE_RUN_NOT_FOUND, INDICATOR_NOT_FOUND, PLAN_NOT_FOUND, REPORT_TEMPLATE_NOT_FOUND, JOB_NOT_FOUND, REPORT_NOT_FOUND, RECORD_NOT_FOUND, ROUTE_NOT_FOUND) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Lỗi nội bộ máy chủ / internal server error (INTERNAL, PDF_FAILED) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/frameworks/{code}/editions/{edition}/runs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Các lượt chấm điểm của một phiên bản, mới nhất trước; bản nháp chỉ cho quản trị viên / the runs of an edition; drafts for admins only */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                    edition: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Thành công / OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: number;
                                framework: string;
                                edition: string;
                                level: string;
                                period: string;
                                revision: number;
                                status: string;
                                options: {
                                    at?: string;
                                    units?: string[];
                                    mergedUnitRule?: string;
                                };
                                compareRunId: number | null;
                                createdAt: string;
                                createdBy: string;
                                publishedAt: string | null;
                                publishedBy: string | null;
                                /** @enum {string} */
                                origin: "computed" | "imported";
                                source: {
                                    title: string;
                                    url?: string;
                                    date?: string;
                                    file?: string;
                                } | null;
                                units: number;
                            }[];
                        };
                    };
                };
                /** @description Yêu cầu sai: tham số, trường hoặc nội dung không hợp lệ / a bad request: a parameter, field or body that fails its schema (BAD_REQUEST, INVALID_DATE, INVALID_JSON) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Chưa đăng nhập, phiên hết hạn hoặc sai thông tin đăng nhập / no caller, an expired session, or wrong credentials (UNAUTHENTICATED, INVALID_CREDENTIALS) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Không có quyền, hoặc thiếu mã chống giả mạo (CSRF) / not allowed, or the CSRF token is missing (FORBIDDEN, CSRF_INVALID) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Không tìm thấy / not found (NOT_FOUND, UNIT_NOT_FOUND, FRAMEWORK_NOT_FOUND, EDITION_NOT_FOUND, SCORE_RUN_NOT_FOUND, INDICATOR_NOT_FOUND, PLAN_NOT_FOUND, REPORT_TEMPLATE_NOT_FOUND, JOB_NOT_FOUND, REPORT_NOT_FOUND, RECORD_NOT_FOUND, ROUTE_NOT_FOUND) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Lỗi nội bộ máy chủ / internal server error (INTERNAL, PDF_FAILED) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        put?: never;
        /** Chấm điểm một kỳ thành bản nháp (quản trị viên) / compute a draft score run for a period (admins) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                    edition: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        level?: "province" | "commune" | "agency";
                        period: string;
                        units?: string[];
                        /** Format: calendar-date */
                        at?: string;
                        /** @enum {string} */
                        mergedUnitRule?: "average_of_predecessors";
                    };
                };
            };
            responses: {
                /** @description Đã tạo / created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            run: {
                                id: number;
                                framework: string;
                                edition: string;
                                level: string;
                                period: string;
                                revision: number;
                                status: string;
                                options: {
                                    at?: string;
                                    units?: string[];
                                    mergedUnitRule?: string;
                                };
                                compareRunId: number | null;
                                createdAt: string;
                                createdBy: string;
                                publishedAt: string | null;
                                publishedBy: string | null;
                                /** @enum {string} */
                                origin: "computed" | "imported";
                                source: {
                                    title: string;
                                    url?: string;
                                    date?: string;
                                    file?: string;
                                } | null;
                            };
                            items: {
                                unit: {
                                    code: string;
                                    name: string;
                                };
                                points: number;
                                max: number;
                                score: number | null;
                                rank: number | null;
                                rankChange: number | null;
                                grade: {
                                    code: string;
                                    label: string;
                                } | null;
                                mainIndices: {
                                    code: string;
                                    name: string;
                                    points: number;
                                    max: number;
                                    value: number | null;
                                    rank: number | null;
                                    basis: string;
                                }[];
                                pillars: {
                                    code: string;
                                    name: string;
                                    points: number;
                                    max: number;
                                    value: number | null;
                                    rank: number | null;
                                }[];
                                components: {
                                    code?: string;
                                    value?: number | string | boolean | null;
                                    points?: number | null;
                                }[];
                                missing: string[];
                                predecessors: string[] | null;
                                derived: string[];
                                note: string | null;
                            }[];
                        };
                    };
                };
                /** @description Yêu cầu sai: tham số, trường hoặc nội dung không hợp lệ / a bad request: a parameter, field or body that fails its schema (BAD_REQUEST, INVALID_DATE, INVALID_JSON) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Chưa đăng nhập, phiên hết hạn hoặc sai thông tin đăng nhập / no caller, an expired session, or wrong credentials (UNAUTHENTICATED, INVALID_CREDENTIALS) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Không có quyền, hoặc thiếu mã chống giả mạo (CSRF) / not allowed, or the CSRF token is missing (FORBIDDEN, CSRF_INVALID) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Không tìm thấy / not found (NOT_FOUND, UNIT_NOT_FOUND, FRAMEWORK_NOT_FOUND, EDITION_NOT_FOUND, SCORE_RUN_NOT_FOUND, INDICATOR_NOT_FOUND, PLAN_NOT_FOUND, REPORT_TEMPLATE_NOT_FOUND, JOB_NOT_FOUND, REPORT_NOT_FOUND, RECORD_NOT_FOUND, ROUTE_NOT_FOUND) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Xung đột với trạng thái đã lưu / conflicts with the stored state (CONFLICT, SELF_LOCKOUT, LOCKED, INVALID_TRANSITION, REPORT_NOT_READY) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Nội dung gửi lên quá lớn / the body is too large (PAYLOAD_TOO_LARGE) */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Kiểu nội dung không được hỗ trợ / unsupported content type (UNSUPPORTED_MEDIA_TYPE) */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Lỗi nội bộ máy chủ / internal server error (INTERNAL, PDF_FAILED) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/frameworks/{code}/editions/{edition}/runs/{id}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Công bố một lần chấm điểm, sau đó không sửa được (quản trị viên) / publish a score run, frozen from then on (admins) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                    edition: string;
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Thành công / OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            framework: string;
                            edition: string;
                            level: string;
                            period: string;
                            revision: number;
                            status: string;
                            options: {
                                at?: string;
                                units?: string[];
                                mergedUnitRule?: string;
                            };
                            compareRunId: number | null;
                            createdAt: string;
                            createdBy: string;
                            publishedAt: string | null;
                            publishedBy: string | null;
                            /** @enum {string} */
                            origin: "computed" | "imported";
                            source: {
                                title: string;
                                url?: string;
                                date?: string;
                                file?: string;
                            } | null;
                        };
                    };
                };
                /** @description Yêu cầu sai: tham số, trường hoặc nội dung không hợp lệ / a bad request: a parameter, field or body that fails its schema (BAD_REQUEST, INVALID_DATE, INVALID_JSON) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Chưa đăng nhập, phiên hết hạn hoặc sai thông tin đăng nhập / no caller, an expired session, or wrong credentials (UNAUTHENTICATED, INVALID_CREDENTIALS) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Không có quyền, hoặc thiếu mã chống giả mạo (CSRF) / not allowed, or the CSRF token is missing (FORBIDDEN, CSRF_INVALID) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Không tìm thấy / not found (NOT_FOUND, UNIT_NOT_FOUND, FRAMEWORK_NOT_FOUND, EDITION_NOT_FOUND, SCORE_RUN_NOT_FOUND, INDICATOR_NOT_FOUND, PLAN_NOT_FOUND, REPORT_TEMPLATE_NOT_FOUND, JOB_NOT_FOUND, REPORT_NOT_FOUND, RECORD_NOT_FOUND, ROUTE_NOT_FOUND) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Xung đột với trạng thái đã lưu / conflicts with the stored state (CONFLICT, SELF_LOCKOUT, LOCKED, INVALID_TRANSITION, REPORT_NOT_READY) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Nội dung gửi lên quá lớn / the body is too large (PAYLOAD_TOO_LARGE) */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Kiểu nội dung không được hỗ trợ / unsupported content type (UNSUPPORTED_MEDIA_TYPE) */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Lỗi nội bộ máy chủ / internal server error (INTERNAL, PDF_FAILED) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/frameworks/{code}/editions/{edition}/runs/{id}/diff": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** So sánh một lần chấm với lần trước / a score run against the previous revision */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                    edition: string;
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Thành công / OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            run: {
                                id: number;
                                framework: string;
                                edition: string;
                                level: string;
                                period: string;
                                revision: number;
                                status: string;
                                options: {
                                    at?: string;
                                    units?: string[];
                                    mergedUnitRule?: string;
                                };
                                compareRunId: number | null;
                                createdAt: string;
                                createdBy: string;
                                publishedAt: string | null;
                                publishedBy: string | null;
                                /** @enum {string} */
                                origin: "computed" | "imported";
                                source: {
                                    title: string;
                                    url?: string;
                                    date?: string;
                                    file?: string;
                                } | null;
                            };
                            previous: {
                                id: number;
                                framework: string;
                                edition: string;
                                level: string;
                                period: string;
                                revision: number;
                                status: string;
                                options: {
                                    at?: string;
                                    units?: string[];
                                    mergedUnitRule?: string;
                                };
                                compareRunId: number | null;
                                createdAt: string;
                                createdBy: string;
                                publishedAt: string | null;
                                publishedBy: string | null;
                                /** @enum {string} */
                                origin: "computed" | "imported";
                                source: {
                                    title: string;
                                    url?: string;
                                    date?: string;
                                    file?: string;
                                } | null;
                            } | null;
                            units: {
                                unit: {
                                    code: string;
                                    name: string;
                                };
                                change: string;
                                scoreBefore: number | null;
                                scoreAfter: number | null;
                                rankBefore: number | null;
                                rankAfter: number | null;
                                mainIndices: {
                                    code: string;
                                    before: number | null;
                                    after: number | null;
                                }[];
                                components: {
                                    code: string;
                                    before: {
                                        value?: number | string | boolean | null;
                                        points?: number | null;
                                    } | null;
                                    after: {
                                        value?: number | string | boolean | null;
                                        points?: number | null;
                                    } | null;
                                }[];
                            }[];
                        };
                    };
                };
                /** @description Yêu cầu sai: tham số, trường hoặc nội dung không hợp lệ / a bad request: a parameter, field or body that fails its schema (BAD_REQUEST, INVALID_DATE, INVALID_JSON) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Chưa đăng nhập, phiên hết hạn hoặc sai thông tin đăng nhập / no caller, an expired session, or wrong credentials (UNAUTHENTICATED, INVALID_CREDENTIALS) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Không có quyền, hoặc thiếu mã chống giả mạo (CSRF) / not allowed, or the CSRF token is missing (FORBIDDEN, CSRF_INVALID) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Không tìm thấy / not found (NOT_FOUND, UNIT_NOT_FOUND, FRAMEWORK_NOT_FOUND, EDITION_NOT_FOUND, SCORE_RUN_NOT_FOUND, INDICATOR_NOT_FOUND, PLAN_NOT_FOUND, REPORT_TEMPLATE_NOT_FOUND, JOB_NOT_FOUND, REPORT_NOT_FOUND, RECORD_NOT_FOUND, ROUTE_NOT_FOUND) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Lỗi nội bộ máy chủ / internal server error (INTERNAL, PDF_FAILED) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/frameworks/{code}/editions/{edition}/runs/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Nhập kết quả đã công bố (JSON, hoặc tệp CSV/XLSX/JSON qua multipart), thành một lần đã công bố (quản trị viên) / enter published results (JSON, or a CSV/XLSX/JSON file as multipart) as a published revision (admins) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                    edition: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Đã tạo / created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            run: {
                                id: number;
                                framework: string;
                                edition: string;
                                level: string;
                                period: string;
                                revision: number;
                                status: string;
                                options: {
                                    at?: string;
                                    units?: string[];
                                    mergedUnitRule?: string;
                                };
                                compareRunId: number | null;
                                createdAt: string;
                                createdBy: string;
                                publishedAt: string | null;
                                publishedBy: string | null;
                                /** @enum {string} */
                                origin: "computed" | "imported";
                                source: {
                                    title: string;
                                    url?: string;
                                    date?: string;
                                    file?: string;
                                } | null;
                            };
                            items: {
                                unit: {
                                    code: string;
                                    name: string;
                                };
                                points: number;
                                max: number;
                                score: number | null;
                                rank: number | null;
                                rankChange: number | null;
                                grade: {
                                    code: string;
                                    label: string;
                                } | null;
                                mainIndices: {
                                    code: string;
                                    name: string;
                                    points: number;
                                    max: number;
                                    value: number | null;
                                    rank: number | null;
                                    basis: string;
                                }[];
                                pillars: {
                                    code: string;
                                    name: string;
                                    points: number;
                                    max: number;
                                    value: number | null;
                                    rank: number | null;
                                }[];
                                components: {
                                    code?: string;
                                    value?: number | string | boolean | null;
                                    points?: number | null;
                                }[];
                                missing: string[];
                                predecessors: string[] | null;
                                derived: string[];
                                note: string | null;
                            }[];
                        };
                    };
                };
                /** @description Yêu cầu sai: tham số, trường hoặc nội dung không hợp lệ / a bad request: a parameter, field or body that fails its schema (BAD_REQUEST, INVALID_DATE, INVALID_JSON) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Chưa đăng nhập, phiên hết hạn hoặc sai thông tin đăng nhập / no caller, an expired session, or wrong credentials (UNAUTHENTICATED, INVALID_CREDENTIALS) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Không có quyền, hoặc thiếu mã chống giả mạo (CSRF) / not allowed, or the CSRF token is missing (FORBIDDEN, CSRF_INVALID) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Không tìm thấy / not found (NOT_FOUND, UNIT_NOT_FOUND, FRAMEWORK_NOT_FOUND, EDITION_NOT_FOUND, SCORE_RUN_NOT_FOUND, INDICATOR_NOT_FOUND, PLAN_NOT_FOUND, REPORT_TEMPLATE_NOT_FOUND, JOB_NOT_FOUND, REPORT_NOT_FOUND, RECORD_NOT_FOUND, ROUTE_NOT_FOUND) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Nội dung gửi lên quá lớn / the body is too large (PAYLOAD_TOO_LARGE) */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Kiểu nội dung không được hỗ trợ / unsupported content type (UNSUPPORTED_MEDIA_TYPE) */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Dữ liệu không hợp lệ, không có gì được ghi / invalid data, nothing was written (VALIDATION_FAILED, REPORT_TEMPLATE_INVALID, FILE_UNREADABLE) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Lỗi nội bộ máy chủ / internal server error (INTERNAL, PDF_FAILED) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/units/{code}/scores": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Điểm và thứ hạng đã công bố của một đơn vị trong từng bộ chỉ số, phiên bản, kỳ / a unit’s published score and rank in each framework edition */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Thành công / OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            unit: string;
                            items: {
                                framework: {
                                    code: string;
                                    name: string;
                                };
                                edition: {
                                    edition: string;
                                    name: string;
                                };
                                run: {
                                    id: number;
                                    framework: string;
                                    edition: string;
                                    level: string;
                                    period: string;
                                    revision: number;
                                    status: string;
                                    options: {
                                        at?: string;
                                        units?: string[];
                                        mergedUnitRule?: string;
                                    };
                                    compareRunId: number | null;
                                    createdAt: string;
                                    createdBy: string;
                                    publishedAt: string | null;
                                    publishedBy: string | null;
                                    /** @enum {string} */
                                    origin: "computed" | "imported";
                                    source: {
                                        title: string;
                                        url?: string;
                                        date?: string;
                                        file?: string;
                                    } | null;
                                };
                                result: {
                                    unit: {
                                        code: string;
                                        name: string;
                                    };
                                    points: number;
                                    max: number;
                                    score: number | null;
                                    rank: number | null;
                                    rankChange: number | null;
                                    grade: {
                                        code: string;
                                        label: string;
                                    } | null;
                                    mainIndices: {
                                        code: string;
                                        name: string;
                                        points: number;
                                        max: number;
                                        value: number | null;
                                        rank: number | null;
                                        basis: string;
                                    }[];
                                    pillars: {
                                        code: string;
                                        name: string;
                                        points: number;
                                        max: number;
                                        value: number | null;
                                        rank: number | null;
                                    }[];
                                    components: {
                                        code?: string;
                                        value?: number | string | boolean | null;
                                        points?: number | null;
                                    }[];
                                    missing: string[];
                                    predecessors: string[] | null;
                                    derived: string[];
                                    note: string | null;
                                };
                                /** @description số đơn vị được xếp hạng cùng (63 trong "27/63") / how many units the ranking is among */
                                rankedAmong: number;
                            }[];
                        };
                    };
                };
                /** @description Yêu cầu sai: tham số, trường hoặc nội dung không hợp lệ / a bad request: a parameter, field or body that fails its schema (BAD_REQUEST, INVALID_DATE, INVALID_JSON) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Chưa đăng nhập, phiên hết hạn hoặc sai thông tin đăng nhập / no caller, an expired session, or wrong credentials (UNAUTHENTICATED, INVALID_CREDENTIALS) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Không có quyền, hoặc thiếu mã chống giả mạo (CSRF) / not allowed, or the CSRF token is missing (FORBIDDEN, CSRF_INVALID) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Lỗi nội bộ máy chủ / internal server error (INTERNAL, PDF_FAILED) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Người dùng / people */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Thành công / OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                username: string;
                                role: string;
                                displayName: string | null;
                                email?: string | null;
                                disabled: boolean;
                                createdAt: string;
                                units: string[];
                                scopes: {
                                    code: string;
                                    name: string | null;
                                    level: string | null;
                                    validFrom: string | null;
                                    validTo: string | null;
                                }[];
                            }[];
                        };
                    };
                };
                /** @description Yêu cầu sai: tham số, trường hoặc nội dung không hợp lệ / a bad request: a parameter, field or body that fails its schema (BAD_REQUEST, INVALID_DATE, INVALID_JSON) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Chưa đăng nhập, phiên hết hạn hoặc sai thông tin đăng nhập / no caller, an expired session, or wrong credentials (UNAUTHENTICATED, INVALID_CREDENTIALS) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Không có quyền, hoặc thiếu mã chống giả mạo (CSRF) / not allowed, or the CSRF token is missing (FORBIDDEN, CSRF_INVALID) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Lỗi nội bộ máy chủ / internal server error (INTERNAL, PDF_FAILED) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        put?: never;
        /** Thêm người dùng / add a person */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        username: string;
                        displayName?: string | null;
                        /** @enum {string} */
                        role: "admin" | "approver" | "reporter" | "viewer";
                        units?: string[];
                        password: string;
                    };
                };
            };
            responses: {
                /** @description Đã tạo / created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            username: string;
                            role: string;
                            displayName: string | null;
                            email?: string | null;
                            disabled: boolean;
                            createdAt: string;
                            units: string[];
                            scopes: {
                                code: string;
                                name: string | null;
                                level: string | null;
                                validFrom: string | null;
                                validTo: string | null;
                            }[];
                        };
                    };
                };
                /** @description Yêu cầu sai: tham số, trường hoặc nội dung không hợp lệ / a bad request: a parameter, field or body that fails its schema (BAD_REQUEST, INVALID_DATE, INVALID_JSON) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Chưa đăng nhập, phiên hết hạn hoặc sai thông tin đăng nhập / no caller, an expired session, or wrong credentials (UNAUTHENTICATED, INVALID_CREDENTIALS) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Không có quyền, hoặc thiếu mã chống giả mạo (CSRF) / not allowed, or the CSRF token is missing (FORBIDDEN, CSRF_INVALID) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Xung đột với trạng thái đã lưu / conflicts with the stored state (CONFLICT, SELF_LOCKOUT, LOCKED, INVALID_TRANSITION, REPORT_NOT_READY) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Nội dung gửi lên quá lớn / the body is too large (PAYLOAD_TOO_LARGE) */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Kiểu nội dung không được hỗ trợ / unsupported content type (UNSUPPORTED_MEDIA_TYPE) */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Lỗi nội bộ máy chủ / internal server error (INTERNAL, PDF_FAILED) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{username}": {
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
        /** Sửa người dùng: tên hiển thị, thư điện tử, vai trò, khoá, mật khẩu / change a person: display name, e-mail, role, disabled, password */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    username: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        displayName?: string | null;
                        email?: string | null;
                        /** @enum {string} */
                        role?: "admin" | "approver" | "reporter" | "viewer";
                        disabled?: boolean;
                        password?: string;
                    };
                };
            };
            responses: {
                /** @description Thành công / OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            username: string;
                            role: string;
                            displayName: string | null;
                            email?: string | null;
                            disabled: boolean;
                            createdAt: string;
                            units: string[];
                            scopes: {
                                code: string;
                                name: string | null;
                                level: string | null;
                                validFrom: string | null;
                                validTo: string | null;
                            }[];
                        };
                    };
                };
                /** @description Yêu cầu sai: tham số, trường hoặc nội dung không hợp lệ / a bad request: a parameter, field or body that fails its schema (BAD_REQUEST, INVALID_DATE, INVALID_JSON) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Chưa đăng nhập, phiên hết hạn hoặc sai thông tin đăng nhập / no caller, an expired session, or wrong credentials (UNAUTHENTICATED, INVALID_CREDENTIALS) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Không có quyền, hoặc thiếu mã chống giả mạo (CSRF) / not allowed, or the CSRF token is missing (FORBIDDEN, CSRF_INVALID) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Không tìm thấy / not found (NOT_FOUND, UNIT_NOT_FOUND, FRAMEWORK_NOT_FOUND, EDITION_NOT_FOUND, SCORE_RUN_NOT_FOUND, INDICATOR_NOT_FOUND, PLAN_NOT_FOUND, REPORT_TEMPLATE_NOT_FOUND, JOB_NOT_FOUND, REPORT_NOT_FOUND, RECORD_NOT_FOUND, ROUTE_NOT_FOUND) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Xung đột với trạng thái đã lưu / conflicts with the stored state (CONFLICT, SELF_LOCKOUT, LOCKED, INVALID_TRANSITION, REPORT_NOT_READY) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Nội dung gửi lên quá lớn / the body is too large (PAYLOAD_TOO_LARGE) */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Kiểu nội dung không được hỗ trợ / unsupported content type (UNSUPPORTED_MEDIA_TYPE) */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Lỗi nội bộ máy chủ / internal server error (INTERNAL, PDF_FAILED) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/users/{username}/scopes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Thêm, bớt đơn vị phụ trách của người dùng / add or remove a person's unit scopes */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    username: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        add?: string[];
                        remove?: string[];
                    };
                };
            };
            responses: {
                /** @description Thành công / OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            added: {
                                code: string;
                                name: string | null;
                                level: string | null;
                                validFrom: string | null;
                                validTo: string | null;
                            }[];
                            removed: {
                                code: string;
                                name: string | null;
                                level: string | null;
                                validFrom: string | null;
                                validTo: string | null;
                            }[];
                            unchanged: string[];
                            user: {
                                username: string;
                                role: string;
                                displayName: string | null;
                                email?: string | null;
                                disabled: boolean;
                                createdAt: string;
                                units: string[];
                                scopes: {
                                    code: string;
                                    name: string | null;
                                    level: string | null;
                                    validFrom: string | null;
                                    validTo: string | null;
                                }[];
                            };
                        };
                    };
                };
                /** @description Yêu cầu sai: tham số, trường hoặc nội dung không hợp lệ / a bad request: a parameter, field or body that fails its schema (BAD_REQUEST, INVALID_DATE, INVALID_JSON) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Chưa đăng nhập, phiên hết hạn hoặc sai thông tin đăng nhập / no caller, an expired session, or wrong credentials (UNAUTHENTICATED, INVALID_CREDENTIALS) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Không có quyền, hoặc thiếu mã chống giả mạo (CSRF) / not allowed, or the CSRF token is missing (FORBIDDEN, CSRF_INVALID) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Không tìm thấy / not found (NOT_FOUND, UNIT_NOT_FOUND, FRAMEWORK_NOT_FOUND, EDITION_NOT_FOUND, SCORE_RUN_NOT_FOUND, INDICATOR_NOT_FOUND, PLAN_NOT_FOUND, REPORT_TEMPLATE_NOT_FOUND, JOB_NOT_FOUND, REPORT_NOT_FOUND, RECORD_NOT_FOUND, ROUTE_NOT_FOUND) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Nội dung gửi lên quá lớn / the body is too large (PAYLOAD_TOO_LARGE) */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Kiểu nội dung không được hỗ trợ / unsupported content type (UNSUPPORTED_MEDIA_TYPE) */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Lỗi nội bộ máy chủ / internal server error (INTERNAL, PDF_FAILED) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Mã truy cập của hệ thống nguồn / API tokens */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Thành công / OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                name: string;
                                role: string;
                                units: string[];
                                scopes: {
                                    code: string;
                                    name: string | null;
                                    level: string | null;
                                    validFrom: string | null;
                                    validTo: string | null;
                                }[];
                                elements: string[];
                                createdAt: string;
                                revokedAt: string | null;
                            }[];
                        };
                    };
                };
                /** @description Yêu cầu sai: tham số, trường hoặc nội dung không hợp lệ / a bad request: a parameter, field or body that fails its schema (BAD_REQUEST, INVALID_DATE, INVALID_JSON) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Chưa đăng nhập, phiên hết hạn hoặc sai thông tin đăng nhập / no caller, an expired session, or wrong credentials (UNAUTHENTICATED, INVALID_CREDENTIALS) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Không có quyền, hoặc thiếu mã chống giả mạo (CSRF) / not allowed, or the CSRF token is missing (FORBIDDEN, CSRF_INVALID) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Lỗi nội bộ máy chủ / internal server error (INTERNAL, PDF_FAILED) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        put?: never;
        /** Tạo mã truy cập; bí mật chỉ trả lời một lần / create an API token; its secret is answered once */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        units: string[];
                        elements?: string[];
                    };
                };
            };
            responses: {
                /** @description Đã tạo / created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            token: {
                                name: string;
                                role: string;
                                units: string[];
                                scopes: {
                                    code: string;
                                    name: string | null;
                                    level: string | null;
                                    validFrom: string | null;
                                    validTo: string | null;
                                }[];
                                elements: string[];
                                createdAt: string;
                                revokedAt: string | null;
                            };
                            secret: string;
                        };
                    };
                };
                /** @description Yêu cầu sai: tham số, trường hoặc nội dung không hợp lệ / a bad request: a parameter, field or body that fails its schema (BAD_REQUEST, INVALID_DATE, INVALID_JSON) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Chưa đăng nhập, phiên hết hạn hoặc sai thông tin đăng nhập / no caller, an expired session, or wrong credentials (UNAUTHENTICATED, INVALID_CREDENTIALS) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Không có quyền, hoặc thiếu mã chống giả mạo (CSRF) / not allowed, or the CSRF token is missing (FORBIDDEN, CSRF_INVALID) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Xung đột với trạng thái đã lưu / conflicts with the stored state (CONFLICT, SELF_LOCKOUT, LOCKED, INVALID_TRANSITION, REPORT_NOT_READY) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Nội dung gửi lên quá lớn / the body is too large (PAYLOAD_TOO_LARGE) */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Kiểu nội dung không được hỗ trợ / unsupported content type (UNSUPPORTED_MEDIA_TYPE) */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Lỗi nội bộ máy chủ / internal server error (INTERNAL, PDF_FAILED) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tokens/{name}/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Thu hồi mã truy cập / revoke an API token */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    name: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Thành công / OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            name: string;
                            role: string;
                            units: string[];
                            scopes: {
                                code: string;
                                name: string | null;
                                level: string | null;
                                validFrom: string | null;
                                validTo: string | null;
                            }[];
                            elements: string[];
                            createdAt: string;
                            revokedAt: string | null;
                        };
                    };
                };
                /** @description Yêu cầu sai: tham số, trường hoặc nội dung không hợp lệ / a bad request: a parameter, field or body that fails its schema (BAD_REQUEST, INVALID_DATE, INVALID_JSON) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Chưa đăng nhập, phiên hết hạn hoặc sai thông tin đăng nhập / no caller, an expired session, or wrong credentials (UNAUTHENTICATED, INVALID_CREDENTIALS) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Không có quyền, hoặc thiếu mã chống giả mạo (CSRF) / not allowed, or the CSRF token is missing (FORBIDDEN, CSRF_INVALID) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Không tìm thấy / not found (NOT_FOUND, UNIT_NOT_FOUND, FRAMEWORK_NOT_FOUND, EDITION_NOT_FOUND, SCORE_RUN_NOT_FOUND, INDICATOR_NOT_FOUND, PLAN_NOT_FOUND, REPORT_TEMPLATE_NOT_FOUND, JOB_NOT_FOUND, REPORT_NOT_FOUND, RECORD_NOT_FOUND, ROUTE_NOT_FOUND) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Xung đột với trạng thái đã lưu / conflicts with the stored state (CONFLICT, SELF_LOCKOUT, LOCKED, INVALID_TRANSITION, REPORT_NOT_READY) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Nội dung gửi lên quá lớn / the body is too large (PAYLOAD_TOO_LARGE) */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Kiểu nội dung không được hỗ trợ / unsupported content type (UNSUPPORTED_MEDIA_TYPE) */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Lỗi nội bộ máy chủ / internal server error (INTERNAL, PDF_FAILED) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tokens/{name}/scopes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Thêm, bớt đơn vị và phần tử dữ liệu của mã truy cập / add or remove an API token's units and data elements */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    name: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        add?: string[];
                        remove?: string[];
                        addElements?: string[];
                        removeElements?: string[];
                    };
                };
            };
            responses: {
                /** @description Thành công / OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            added: {
                                code: string;
                                name: string | null;
                                level: string | null;
                                validFrom: string | null;
                                validTo: string | null;
                            }[];
                            removed: {
                                code: string;
                                name: string | null;
                                level: string | null;
                                validFrom: string | null;
                                validTo: string | null;
                            }[];
                            unchanged: string[];
                            elementsAdded: string[];
                            elementsRemoved: string[];
                            token: {
                                name: string;
                                role: string;
                                units: string[];
                                scopes: {
                                    code: string;
                                    name: string | null;
                                    level: string | null;
                                    validFrom: string | null;
                                    validTo: string | null;
                                }[];
                                elements: string[];
                                createdAt: string;
                                revokedAt: string | null;
                            };
                        };
                    };
                };
                /** @description Yêu cầu sai: tham số, trường hoặc nội dung không hợp lệ / a bad request: a parameter, field or body that fails its schema (BAD_REQUEST, INVALID_DATE, INVALID_JSON) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Chưa đăng nhập, phiên hết hạn hoặc sai thông tin đăng nhập / no caller, an expired session, or wrong credentials (UNAUTHENTICATED, INVALID_CREDENTIALS) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Không có quyền, hoặc thiếu mã chống giả mạo (CSRF) / not allowed, or the CSRF token is missing (FORBIDDEN, CSRF_INVALID) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Không tìm thấy / not found (NOT_FOUND, UNIT_NOT_FOUND, FRAMEWORK_NOT_FOUND, EDITION_NOT_FOUND, SCORE_RUN_NOT_FOUND, INDICATOR_NOT_FOUND, PLAN_NOT_FOUND, REPORT_TEMPLATE_NOT_FOUND, JOB_NOT_FOUND, REPORT_NOT_FOUND, RECORD_NOT_FOUND, ROUTE_NOT_FOUND) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Xung đột với trạng thái đã lưu / conflicts with the stored state (CONFLICT, SELF_LOCKOUT, LOCKED, INVALID_TRANSITION, REPORT_NOT_READY) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Nội dung gửi lên quá lớn / the body is too large (PAYLOAD_TOO_LARGE) */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Kiểu nội dung không được hỗ trợ / unsupported content type (UNSUPPORTED_MEDIA_TYPE) */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Lỗi nội bộ máy chủ / internal server error (INTERNAL, PDF_FAILED) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/scopes/review": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Phạm vi cần xem lại: đơn vị đã hết hiệu lực / scopes to review: unit versions that have ended */
        get: {
            parameters: {
                query?: {
                    at?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Thành công / OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            at: string;
                            items: {
                                /** @enum {string} */
                                kind: "user" | "token";
                                owner: string;
                                scope: {
                                    code: string;
                                    name: string | null;
                                    level: string | null;
                                    validFrom: string | null;
                                    validTo: string | null;
                                };
                                resolution: string | null;
                            }[];
                        };
                    };
                };
                /** @description Yêu cầu sai: tham số, trường hoặc nội dung không hợp lệ / a bad request: a parameter, field or body that fails its schema (BAD_REQUEST, INVALID_DATE, INVALID_JSON) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Chưa đăng nhập, phiên hết hạn hoặc sai thông tin đăng nhập / no caller, an expired session, or wrong credentials (UNAUTHENTICATED, INVALID_CREDENTIALS) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Không có quyền, hoặc thiếu mã chống giả mạo (CSRF) / not allowed, or the CSRF token is missing (FORBIDDEN, CSRF_INVALID) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Lỗi nội bộ máy chủ / internal server error (INTERNAL, PDF_FAILED) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Nhật ký hệ thống: ai đã làm gì, lúc nào / the audit trail: who did what, when */
        get: {
            parameters: {
                query?: {
                    actor?: string;
                    entity?: string;
                    entityKey?: string;
                    from?: string;
                    to?: string;
                    limit?: number;
                    offset?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Thành công / OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: number;
                                at: string;
                                actorName: string;
                                actorKind: string;
                                source: string;
                                via: string | null;
                                entity: string;
                                entityKey: string;
                                action: string;
                                before: unknown;
                                after: unknown;
                            }[];
                            total: number;
                            limit: number;
                            offset: number;
                        };
                    };
                };
                /** @description Yêu cầu sai: tham số, trường hoặc nội dung không hợp lệ / a bad request: a parameter, field or body that fails its schema (BAD_REQUEST, INVALID_DATE, INVALID_JSON) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Chưa đăng nhập, phiên hết hạn hoặc sai thông tin đăng nhập / no caller, an expired session, or wrong credentials (UNAUTHENTICATED, INVALID_CREDENTIALS) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Không có quyền, hoặc thiếu mã chống giả mạo (CSRF) / not allowed, or the CSRF token is missing (FORBIDDEN, CSRF_INVALID) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Lỗi nội bộ máy chủ / internal server error (INTERNAL, PDF_FAILED) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/data-elements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Phần tử dữ liệu, lọc và phân trang / data elements, filtered and paged */
        get: {
            parameters: {
                query?: {
                    q?: string;
                    valueType?: "number" | "integer" | "percentage" | "boolean" | "text" | "document";
                    periodType?: "monthly" | "quarterly" | "semiannual" | "yearly";
                    dataset?: string;
                    section?: string;
                    limit?: number;
                    offset?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Thành công / OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                code: string;
                                name: string;
                                nameEn: string;
                                description: string | null;
                                /** @enum {string} */
                                valueType: "number" | "integer" | "percentage" | "boolean" | "text" | "document";
                                /** @enum {string} */
                                timeAggregation: "sum" | "last" | "average" | "max" | "min" | "none";
                                /** @enum {string} */
                                hierarchyAggregation: "sum" | "average" | "max" | "min" | "none";
                                /** @enum {string} */
                                periodType: "monthly" | "quarterly" | "semiannual" | "yearly";
                                unitOfMeasure: string | null;
                                minValue: number | null;
                                maxValue: number | null;
                                derivedFrom: string | null;
                            }[];
                            total: number;
                            limit: number;
                            offset: number;
                        };
                    };
                };
                /** @description Yêu cầu sai: tham số, trường hoặc nội dung không hợp lệ / a bad request: a parameter, field or body that fails its schema (BAD_REQUEST, INVALID_DATE, INVALID_JSON) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Chưa đăng nhập, phiên hết hạn hoặc sai thông tin đăng nhập / no caller, an expired session, or wrong credentials (UNAUTHENTICATED, INVALID_CREDENTIALS) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Không có quyền, hoặc thiếu mã chống giả mạo (CSRF) / not allowed, or the CSRF token is missing (FORBIDDEN, CSRF_INVALID) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Không tìm thấy / not found (NOT_FOUND, UNIT_NOT_FOUND, FRAMEWORK_NOT_FOUND, EDITION_NOT_FOUND, SCORE_RUN_NOT_FOUND, INDICATOR_NOT_FOUND, PLAN_NOT_FOUND, REPORT_TEMPLATE_NOT_FOUND, JOB_NOT_FOUND, REPORT_NOT_FOUND, RECORD_NOT_FOUND, ROUTE_NOT_FOUND) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Lỗi nội bộ máy chủ / internal server error (INTERNAL, PDF_FAILED) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/indicators": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Chỉ tiêu, lọc và phân trang / indicators, filtered and paged */
        get: {
            parameters: {
                query?: {
                    q?: string;
                    plan?: string;
                    group?: string;
                    element?: string;
                    limit?: number;
                    offset?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Thành công / OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                code: string;
                                name: string;
                                nameEn: string;
                                description: string | null;
                                numerator: string;
                                denominator: string | null;
                                factor: number;
                                unitOfMeasure: string | null;
                                decimals: number;
                                /** @enum {string} */
                                direction: "higher_is_better" | "lower_is_better";
                                /** @description Mọi phần tử của công thức được tính từ hồ sơ của một sổ đăng ký (không đơn vị nào báo cáo) / every element is counted from records */
                                computed: boolean;
                            }[];
                            total: number;
                            limit: number;
                            offset: number;
                        };
                    };
                };
                /** @description Yêu cầu sai: tham số, trường hoặc nội dung không hợp lệ / a bad request: a parameter, field or body that fails its schema (BAD_REQUEST, INVALID_DATE, INVALID_JSON) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Chưa đăng nhập, phiên hết hạn hoặc sai thông tin đăng nhập / no caller, an expired session, or wrong credentials (UNAUTHENTICATED, INVALID_CREDENTIALS) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Không có quyền, hoặc thiếu mã chống giả mạo (CSRF) / not allowed, or the CSRF token is missing (FORBIDDEN, CSRF_INVALID) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Không tìm thấy / not found (NOT_FOUND, UNIT_NOT_FOUND, FRAMEWORK_NOT_FOUND, EDITION_NOT_FOUND, SCORE_RUN_NOT_FOUND, INDICATOR_NOT_FOUND, PLAN_NOT_FOUND, REPORT_TEMPLATE_NOT_FOUND, JOB_NOT_FOUND, REPORT_NOT_FOUND, RECORD_NOT_FOUND, ROUTE_NOT_FOUND) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Lỗi nội bộ máy chủ / internal server error (INTERNAL, PDF_FAILED) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/indicators/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Một chỉ tiêu: công thức, phần tử dữ liệu, các kế hoạch đặt mục tiêu / one indicator: formula, data elements, the plans that target it */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Thành công / OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            name: string;
                            nameEn: string;
                            description: string | null;
                            numerator: string;
                            denominator: string | null;
                            factor: number;
                            unitOfMeasure: string | null;
                            decimals: number;
                            /** @enum {string} */
                            direction: "higher_is_better" | "lower_is_better";
                            /** @description Mọi phần tử của công thức được tính từ hồ sơ của một sổ đăng ký (không đơn vị nào báo cáo) / every element is counted from records */
                            computed: boolean;
                            elements: {
                                code: string;
                                name: string;
                                nameEn: string;
                                /** @enum {string} */
                                valueType: "number" | "integer" | "percentage" | "boolean" | "text" | "document";
                                /** @enum {string} */
                                periodType: "monthly" | "quarterly" | "semiannual" | "yearly";
                                unitOfMeasure: string | null;
                                usedIn: ("numerator" | "denominator")[];
                                /** @description Chỉ số của sổ đăng ký mà phần tử được tính từ / the registry measure it is computed from */
                                derivedFrom: string | null;
                            }[];
                            plans: {
                                code: string;
                                name: string;
                                nameEn: string;
                                legalBasis: string | null;
                                unitCode: string | null;
                                unitName: string | null;
                                startPeriod: string | null;
                                endPeriod: string | null;
                                targetCount: number;
                                targets: {
                                    unit: string;
                                    period: string;
                                    value: number;
                                    /** @enum {string} */
                                    comparison: ">=" | "<=" | "=";
                                    group: string | null;
                                    label: string | null;
                                }[];
                            }[];
                        };
                    };
                };
                /** @description Yêu cầu sai: tham số, trường hoặc nội dung không hợp lệ / a bad request: a parameter, field or body that fails its schema (BAD_REQUEST, INVALID_DATE, INVALID_JSON) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Chưa đăng nhập, phiên hết hạn hoặc sai thông tin đăng nhập / no caller, an expired session, or wrong credentials (UNAUTHENTICATED, INVALID_CREDENTIALS) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Không có quyền, hoặc thiếu mã chống giả mạo (CSRF) / not allowed, or the CSRF token is missing (FORBIDDEN, CSRF_INVALID) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Không tìm thấy / not found (NOT_FOUND, UNIT_NOT_FOUND, FRAMEWORK_NOT_FOUND, EDITION_NOT_FOUND, SCORE_RUN_NOT_FOUND, INDICATOR_NOT_FOUND, PLAN_NOT_FOUND, REPORT_TEMPLATE_NOT_FOUND, JOB_NOT_FOUND, REPORT_NOT_FOUND, RECORD_NOT_FOUND, ROUTE_NOT_FOUND) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Lỗi nội bộ máy chủ / internal server error (INTERNAL, PDF_FAILED) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        /** Tạo hoặc thay một chỉ tiêu (quản trị viên) / create or replace an indicator (admins) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        code?: string;
                        name?: string;
                        nameEn?: string;
                        description?: string | null;
                        numerator?: string;
                        denominator?: string | null;
                        factor?: number;
                        unitOfMeasure?: string | null;
                        decimals?: number;
                        /** @enum {string} */
                        direction?: "higher_is_better" | "lower_is_better";
                    };
                };
            };
            responses: {
                /** @description Thành công / OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            name: string;
                            nameEn: string;
                            description: string | null;
                            numerator: string;
                            denominator: string | null;
                            factor: number;
                            unitOfMeasure: string | null;
                            decimals: number;
                            /** @enum {string} */
                            direction: "higher_is_better" | "lower_is_better";
                            /** @description Mọi phần tử của công thức được tính từ hồ sơ của một sổ đăng ký (không đơn vị nào báo cáo) / every element is counted from records */
                            computed: boolean;
                        };
                    };
                };
                /** @description Đã tạo / created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            name: string;
                            nameEn: string;
                            description: string | null;
                            numerator: string;
                            denominator: string | null;
                            factor: number;
                            unitOfMeasure: string | null;
                            decimals: number;
                            /** @enum {string} */
                            direction: "higher_is_better" | "lower_is_better";
                            /** @description Mọi phần tử của công thức được tính từ hồ sơ của một sổ đăng ký (không đơn vị nào báo cáo) / every element is counted from records */
                            computed: boolean;
                        };
                    };
                };
                /** @description Yêu cầu sai: tham số, trường hoặc nội dung không hợp lệ / a bad request: a parameter, field or body that fails its schema (BAD_REQUEST, INVALID_DATE, INVALID_JSON) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Chưa đăng nhập, phiên hết hạn hoặc sai thông tin đăng nhập / no caller, an expired session, or wrong credentials (UNAUTHENTICATED, INVALID_CREDENTIALS) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Không có quyền, hoặc thiếu mã chống giả mạo (CSRF) / not allowed, or the CSRF token is missing (FORBIDDEN, CSRF_INVALID) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Nội dung gửi lên quá lớn / the body is too large (PAYLOAD_TOO_LARGE) */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Kiểu nội dung không được hỗ trợ / unsupported content type (UNSUPPORTED_MEDIA_TYPE) */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Dữ liệu không hợp lệ, không có gì được ghi / invalid data, nothing was written (VALIDATION_FAILED, REPORT_TEMPLATE_INVALID, FILE_UNREADABLE) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Lỗi nội bộ máy chủ / internal server error (INTERNAL, PDF_FAILED) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/plans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Kế hoạch, lọc và phân trang / plans, filtered and paged */
        get: {
            parameters: {
                query?: {
                    q?: string;
                    unit?: string;
                    from?: string;
                    to?: string;
                    limit?: number;
                    offset?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Thành công / OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                code: string;
                                name: string;
                                nameEn: string;
                                legalBasis: string | null;
                                unitCode: string | null;
                                unitName: string | null;
                                startPeriod: string | null;
                                endPeriod: string | null;
                                targetCount: number;
                            }[];
                            total: number;
                            limit: number;
                            offset: number;
                        };
                    };
                };
                /** @description Yêu cầu sai: tham số, trường hoặc nội dung không hợp lệ / a bad request: a parameter, field or body that fails its schema (BAD_REQUEST, INVALID_DATE, INVALID_JSON) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Chưa đăng nhập, phiên hết hạn hoặc sai thông tin đăng nhập / no caller, an expired session, or wrong credentials (UNAUTHENTICATED, INVALID_CREDENTIALS) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Không có quyền, hoặc thiếu mã chống giả mạo (CSRF) / not allowed, or the CSRF token is missing (FORBIDDEN, CSRF_INVALID) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Lỗi nội bộ máy chủ / internal server error (INTERNAL, PDF_FAILED) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        put?: never;
        /** Tạo kế hoạch và các mục tiêu (quản trị viên) / create a plan and its targets (admins) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        code: string;
                        name: string;
                        nameEn: string;
                        legalBasis?: string;
                        unitCode?: string;
                        startPeriod?: string;
                        endPeriod?: string;
                        targets?: {
                            indicator: string;
                            unit: string;
                            period: string;
                            value: number;
                            /** @enum {string} */
                            comparison: ">=" | "<=" | "=";
                            group?: string;
                            label?: string;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Đã tạo / created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            name: string;
                            nameEn: string;
                            legalBasis: string | null;
                            unitCode: string | null;
                            unitName: string | null;
                            startPeriod: string | null;
                            endPeriod: string | null;
                            targetCount: number;
                            groups: {
                                group: string | null;
                                targets: {
                                    indicator: {
                                        code: string;
                                        name: string;
                                        nameEn: string;
                                        unitOfMeasure: string | null;
                                        decimals: number;
                                        /** @enum {string} */
                                        direction: "higher_is_better" | "lower_is_better";
                                    };
                                    unit: string;
                                    period: string;
                                    value: number;
                                    /** @enum {string} */
                                    comparison: ">=" | "<=" | "=";
                                    label: string | null;
                                }[];
                            }[];
                        };
                    };
                };
                /** @description Yêu cầu sai: tham số, trường hoặc nội dung không hợp lệ / a bad request: a parameter, field or body that fails its schema (BAD_REQUEST, INVALID_DATE, INVALID_JSON) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Chưa đăng nhập, phiên hết hạn hoặc sai thông tin đăng nhập / no caller, an expired session, or wrong credentials (UNAUTHENTICATED, INVALID_CREDENTIALS) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Không có quyền, hoặc thiếu mã chống giả mạo (CSRF) / not allowed, or the CSRF token is missing (FORBIDDEN, CSRF_INVALID) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Xung đột với trạng thái đã lưu / conflicts with the stored state (CONFLICT, SELF_LOCKOUT, LOCKED, INVALID_TRANSITION, REPORT_NOT_READY) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Nội dung gửi lên quá lớn / the body is too large (PAYLOAD_TOO_LARGE) */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Kiểu nội dung không được hỗ trợ / unsupported content type (UNSUPPORTED_MEDIA_TYPE) */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Dữ liệu không hợp lệ, không có gì được ghi / invalid data, nothing was written (VALIDATION_FAILED, REPORT_TEMPLATE_INVALID, FILE_UNREADABLE) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Lỗi nội bộ máy chủ / internal server error (INTERNAL, PDF_FAILED) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/plans/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Một kế hoạch và các mục tiêu theo nhóm / one plan and its targets by group */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Thành công / OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            name: string;
                            nameEn: string;
                            legalBasis: string | null;
                            unitCode: string | null;
                            unitName: string | null;
                            startPeriod: string | null;
                            endPeriod: string | null;
                            targetCount: number;
                            groups: {
                                group: string | null;
                                targets: {
                                    indicator: {
                                        code: string;
                                        name: string;
                                        nameEn: string;
                                        unitOfMeasure: string | null;
                                        decimals: number;
                                        /** @enum {string} */
                                        direction: "higher_is_better" | "lower_is_better";
                                    };
                                    unit: string;
                                    period: string;
                                    value: number;
                                    /** @enum {string} */
                                    comparison: ">=" | "<=" | "=";
                                    label: string | null;
                                }[];
                            }[];
                        };
                    };
                };
                /** @description Yêu cầu sai: tham số, trường hoặc nội dung không hợp lệ / a bad request: a parameter, field or body that fails its schema (BAD_REQUEST, INVALID_DATE, INVALID_JSON) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Chưa đăng nhập, phiên hết hạn hoặc sai thông tin đăng nhập / no caller, an expired session, or wrong credentials (UNAUTHENTICATED, INVALID_CREDENTIALS) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Không có quyền, hoặc thiếu mã chống giả mạo (CSRF) / not allowed, or the CSRF token is missing (FORBIDDEN, CSRF_INVALID) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Không tìm thấy / not found (NOT_FOUND, UNIT_NOT_FOUND, FRAMEWORK_NOT_FOUND, EDITION_NOT_FOUND, SCORE_RUN_NOT_FOUND, INDICATOR_NOT_FOUND, PLAN_NOT_FOUND, REPORT_TEMPLATE_NOT_FOUND, JOB_NOT_FOUND, REPORT_NOT_FOUND, RECORD_NOT_FOUND, ROUTE_NOT_FOUND) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Lỗi nội bộ máy chủ / internal server error (INTERNAL, PDF_FAILED) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        /** Sửa kế hoạch: thông tin và toàn bộ mục tiêu, lộ trình từng năm (quản trị viên) / replace a plan: its fields and all its targets (admins) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        nameEn: string;
                        legalBasis?: string;
                        unitCode?: string;
                        startPeriod?: string;
                        endPeriod?: string;
                        targets?: {
                            indicator: string;
                            unit: string;
                            period: string;
                            value: number;
                            /** @enum {string} */
                            comparison: ">=" | "<=" | "=";
                            group?: string;
                            label?: string;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Thành công / OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            name: string;
                            nameEn: string;
                            legalBasis: string | null;
                            unitCode: string | null;
                            unitName: string | null;
                            startPeriod: string | null;
                            endPeriod: string | null;
                            targetCount: number;
                            groups: {
                                group: string | null;
                                targets: {
                                    indicator: {
                                        code: string;
                                        name: string;
                                        nameEn: string;
                                        unitOfMeasure: string | null;
                                        decimals: number;
                                        /** @enum {string} */
                                        direction: "higher_is_better" | "lower_is_better";
                                    };
                                    unit: string;
                                    period: string;
                                    value: number;
                                    /** @enum {string} */
                                    comparison: ">=" | "<=" | "=";
                                    label: string | null;
                                }[];
                            }[];
                        };
                    };
                };
                /** @description Yêu cầu sai: tham số, trường hoặc nội dung không hợp lệ / a bad request: a parameter, field or body that fails its schema (BAD_REQUEST, INVALID_DATE, INVALID_JSON) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Chưa đăng nhập, phiên hết hạn hoặc sai thông tin đăng nhập / no caller, an expired session, or wrong credentials (UNAUTHENTICATED, INVALID_CREDENTIALS) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Không có quyền, hoặc thiếu mã chống giả mạo (CSRF) / not allowed, or the CSRF token is missing (FORBIDDEN, CSRF_INVALID) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Không tìm thấy / not found (NOT_FOUND, UNIT_NOT_FOUND, FRAMEWORK_NOT_FOUND, EDITION_NOT_FOUND, SCORE_RUN_NOT_FOUND, INDICATOR_NOT_FOUND, PLAN_NOT_FOUND, REPORT_TEMPLATE_NOT_FOUND, JOB_NOT_FOUND, REPORT_NOT_FOUND, RECORD_NOT_FOUND, ROUTE_NOT_FOUND) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Nội dung gửi lên quá lớn / the body is too large (PAYLOAD_TOO_LARGE) */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Kiểu nội dung không được hỗ trợ / unsupported content type (UNSUPPORTED_MEDIA_TYPE) */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Dữ liệu không hợp lệ, không có gì được ghi / invalid data, nothing was written (VALIDATION_FAILED, REPORT_TEMPLATE_INVALID, FILE_UNREADABLE) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Lỗi nội bộ máy chủ / internal server error (INTERNAL, PDF_FAILED) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/data-elements/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Tạo hoặc thay một phần tử dữ liệu (quản trị viên) / create or replace a data element (admins) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        code?: string;
                        name?: string;
                        nameEn?: string;
                        description?: string | null;
                        /** @enum {string} */
                        valueType?: "number" | "integer" | "percentage" | "boolean" | "text" | "document";
                        /** @enum {string} */
                        timeAggregation?: "sum" | "last" | "average" | "max" | "min" | "none";
                        /** @enum {string} */
                        hierarchyAggregation?: "sum" | "average" | "max" | "min" | "none";
                        /** @enum {string} */
                        periodType?: "monthly" | "quarterly" | "semiannual" | "yearly";
                        unitOfMeasure?: string | null;
                        minValue?: number | null;
                        maxValue?: number | null;
                        /** @description Chỉ số của sổ đăng ký, có thể kèm bộ lọc / a registry measure, optionally filtered: tasks.total, tasks.completed, tasks.completed_on_time, tasks.overdue, products.registered, products.in_progress, products.completed, products.evaluated, products.units_with_product, teams.commune_teams, teams.commune_members, teams.village_teams, teams.village_members, teams.communes_with_team, teams.activities, teams.people_supported, dossiers.received, dossiers.received_online, dossiers.received_online_full, dossiers.finished, dossiers.finished_on_time, feedback.received, feedback.handled, feedback.handled_on_time, feedback.ratings, feedback.rating_sum, feedback.satisfied; e.g. dossiers.received_online?field=DAT_DAI */
                        derivedFrom?: string | null;
                    };
                };
            };
            responses: {
                /** @description Thành công / OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            name: string;
                            nameEn: string;
                            description: string | null;
                            /** @enum {string} */
                            valueType: "number" | "integer" | "percentage" | "boolean" | "text" | "document";
                            /** @enum {string} */
                            timeAggregation: "sum" | "last" | "average" | "max" | "min" | "none";
                            /** @enum {string} */
                            hierarchyAggregation: "sum" | "average" | "max" | "min" | "none";
                            /** @enum {string} */
                            periodType: "monthly" | "quarterly" | "semiannual" | "yearly";
                            unitOfMeasure: string | null;
                            minValue: number | null;
                            maxValue: number | null;
                            derivedFrom: string | null;
                        };
                    };
                };
                /** @description Đã tạo / created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            name: string;
                            nameEn: string;
                            description: string | null;
                            /** @enum {string} */
                            valueType: "number" | "integer" | "percentage" | "boolean" | "text" | "document";
                            /** @enum {string} */
                            timeAggregation: "sum" | "last" | "average" | "max" | "min" | "none";
                            /** @enum {string} */
                            hierarchyAggregation: "sum" | "average" | "max" | "min" | "none";
                            /** @enum {string} */
                            periodType: "monthly" | "quarterly" | "semiannual" | "yearly";
                            unitOfMeasure: string | null;
                            minValue: number | null;
                            maxValue: number | null;
                            derivedFrom: string | null;
                        };
                    };
                };
                /** @description Yêu cầu sai: tham số, trường hoặc nội dung không hợp lệ / a bad request: a parameter, field or body that fails its schema (BAD_REQUEST, INVALID_DATE, INVALID_JSON) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Chưa đăng nhập, phiên hết hạn hoặc sai thông tin đăng nhập / no caller, an expired session, or wrong credentials (UNAUTHENTICATED, INVALID_CREDENTIALS) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Không có quyền, hoặc thiếu mã chống giả mạo (CSRF) / not allowed, or the CSRF token is missing (FORBIDDEN, CSRF_INVALID) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Nội dung gửi lên quá lớn / the body is too large (PAYLOAD_TOO_LARGE) */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Kiểu nội dung không được hỗ trợ / unsupported content type (UNSUPPORTED_MEDIA_TYPE) */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Dữ liệu không hợp lệ, không có gì được ghi / invalid data, nothing was written (VALIDATION_FAILED, REPORT_TEMPLATE_INVALID, FILE_UNREADABLE) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Lỗi nội bộ máy chủ / internal server error (INTERNAL, PDF_FAILED) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/indicators/formula-check": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Kiểm tra công thức chỉ tiêu và xem trước giá trị (quản trị viên) / check an indicator formula and preview its value (admins) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        code?: string;
                        numerator: string;
                        denominator?: string | null;
                        factor?: number;
                        decimals?: number;
                        unit?: string;
                        period?: string;
                    };
                };
            };
            responses: {
                /** @description Thành công / OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            ok: boolean;
                            errors: {
                                field: string;
                                message: string;
                                position: number | null;
                                length: number | null;
                            }[];
                            elements: {
                                code: string;
                                name: string;
                                nameEn: string;
                                unitOfMeasure: string | null;
                                usedIn: ("numerator" | "denominator")[];
                            }[];
                            preview: {
                                unit: {
                                    code: string;
                                    name: string;
                                };
                                period: string;
                                value: number | null;
                                numerator: number | null;
                                denominator: number | null;
                                coverage: {
                                    reported: number;
                                    expected: number;
                                };
                                decimals: number;
                            } | null;
                        };
                    };
                };
                /** @description Yêu cầu sai: tham số, trường hoặc nội dung không hợp lệ / a bad request: a parameter, field or body that fails its schema (BAD_REQUEST, INVALID_DATE, INVALID_JSON) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Chưa đăng nhập, phiên hết hạn hoặc sai thông tin đăng nhập / no caller, an expired session, or wrong credentials (UNAUTHENTICATED, INVALID_CREDENTIALS) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Không có quyền, hoặc thiếu mã chống giả mạo (CSRF) / not allowed, or the CSRF token is missing (FORBIDDEN, CSRF_INVALID) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Không tìm thấy / not found (NOT_FOUND, UNIT_NOT_FOUND, FRAMEWORK_NOT_FOUND, EDITION_NOT_FOUND, SCORE_RUN_NOT_FOUND, INDICATOR_NOT_FOUND, PLAN_NOT_FOUND, REPORT_TEMPLATE_NOT_FOUND, JOB_NOT_FOUND, REPORT_NOT_FOUND, RECORD_NOT_FOUND, ROUTE_NOT_FOUND) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Nội dung gửi lên quá lớn / the body is too large (PAYLOAD_TOO_LARGE) */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Kiểu nội dung không được hỗ trợ / unsupported content type (UNSUPPORTED_MEDIA_TYPE) */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Lỗi nội bộ máy chủ / internal server error (INTERNAL, PDF_FAILED) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/plans/{code}/copy": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sao chép mục tiêu của kế hoạch cho các tỉnh, tất cả hoặc không (quản trị viên) / copy a plan’s targets to provinces, all or nothing (admins) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        units: string[];
                        codePattern?: string;
                    };
                };
            };
            responses: {
                /** @description Đã tạo / created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            source: string;
                            plans: {
                                unitCode: string;
                                unitName: string;
                                code: string;
                                name: string;
                                targetCount: number;
                            }[];
                        };
                    };
                };
                /** @description Yêu cầu sai: tham số, trường hoặc nội dung không hợp lệ / a bad request: a parameter, field or body that fails its schema (BAD_REQUEST, INVALID_DATE, INVALID_JSON) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Chưa đăng nhập, phiên hết hạn hoặc sai thông tin đăng nhập / no caller, an expired session, or wrong credentials (UNAUTHENTICATED, INVALID_CREDENTIALS) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Không có quyền, hoặc thiếu mã chống giả mạo (CSRF) / not allowed, or the CSRF token is missing (FORBIDDEN, CSRF_INVALID) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Không tìm thấy / not found (NOT_FOUND, UNIT_NOT_FOUND, FRAMEWORK_NOT_FOUND, EDITION_NOT_FOUND, SCORE_RUN_NOT_FOUND, INDICATOR_NOT_FOUND, PLAN_NOT_FOUND, REPORT_TEMPLATE_NOT_FOUND, JOB_NOT_FOUND, REPORT_NOT_FOUND, RECORD_NOT_FOUND, ROUTE_NOT_FOUND) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Nội dung gửi lên quá lớn / the body is too large (PAYLOAD_TOO_LARGE) */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Kiểu nội dung không được hỗ trợ / unsupported content type (UNSUPPORTED_MEDIA_TYPE) */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Dữ liệu không hợp lệ, không có gì được ghi / invalid data, nothing was written (VALIDATION_FAILED, REPORT_TEMPLATE_INVALID, FILE_UNREADABLE) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Lỗi nội bộ máy chủ / internal server error (INTERNAL, PDF_FAILED) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/report-templates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Các mẫu câu của báo cáo kết quả chuyển đổi số, mặc định và đã sửa / the progress report sentence templates, default and edited */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Thành công / OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** @description Loại câu / sentence kind */
                                key: string;
                                /** @description Mẫu câu đang dùng / the wording in use */
                                text: string;
                                /** @description Mẫu câu mặc định / the default wording */
                                defaultText: string;
                                /** @description Chỗ trống dùng được, viết {tên} / placeholders allowed, written {name} */
                                placeholders: string[];
                                description: string;
                                /** @description Quản trị viên đã sửa / an administrator replaced the default */
                                overridden: boolean;
                                updatedAt: string | null;
                                updatedBy: string | null;
                            }[];
                        };
                    };
                };
                /** @description Yêu cầu sai: tham số, trường hoặc nội dung không hợp lệ / a bad request: a parameter, field or body that fails its schema (BAD_REQUEST, INVALID_DATE, INVALID_JSON) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Chưa đăng nhập, phiên hết hạn hoặc sai thông tin đăng nhập / no caller, an expired session, or wrong credentials (UNAUTHENTICATED, INVALID_CREDENTIALS) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Không có quyền, hoặc thiếu mã chống giả mạo (CSRF) / not allowed, or the CSRF token is missing (FORBIDDEN, CSRF_INVALID) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Lỗi nội bộ máy chủ / internal server error (INTERNAL, PDF_FAILED) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/report-templates/{key}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Sửa một mẫu câu báo cáo (quản trị viên) / reword a report sentence template (admins) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    key: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        text: string;
                    };
                };
            };
            responses: {
                /** @description Thành công / OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Loại câu / sentence kind */
                            key: string;
                            /** @description Mẫu câu đang dùng / the wording in use */
                            text: string;
                            /** @description Mẫu câu mặc định / the default wording */
                            defaultText: string;
                            /** @description Chỗ trống dùng được, viết {tên} / placeholders allowed, written {name} */
                            placeholders: string[];
                            description: string;
                            /** @description Quản trị viên đã sửa / an administrator replaced the default */
                            overridden: boolean;
                            updatedAt: string | null;
                            updatedBy: string | null;
                        };
                    };
                };
                /** @description Yêu cầu sai: tham số, trường hoặc nội dung không hợp lệ / a bad request: a parameter, field or body that fails its schema (BAD_REQUEST, INVALID_DATE, INVALID_JSON) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Chưa đăng nhập, phiên hết hạn hoặc sai thông tin đăng nhập / no caller, an expired session, or wrong credentials (UNAUTHENTICATED, INVALID_CREDENTIALS) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Không có quyền, hoặc thiếu mã chống giả mạo (CSRF) / not allowed, or the CSRF token is missing (FORBIDDEN, CSRF_INVALID) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Không tìm thấy / not found (NOT_FOUND, UNIT_NOT_FOUND, FRAMEWORK_NOT_FOUND, EDITION_NOT_FOUND, SCORE_RUN_NOT_FOUND, INDICATOR_NOT_FOUND, PLAN_NOT_FOUND, REPORT_TEMPLATE_NOT_FOUND, JOB_NOT_FOUND, REPORT_NOT_FOUND, RECORD_NOT_FOUND, ROUTE_NOT_FOUND) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Nội dung gửi lên quá lớn / the body is too large (PAYLOAD_TOO_LARGE) */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Kiểu nội dung không được hỗ trợ / unsupported content type (UNSUPPORTED_MEDIA_TYPE) */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Dữ liệu không hợp lệ, không có gì được ghi / invalid data, nothing was written (VALIDATION_FAILED, REPORT_TEMPLATE_INVALID, FILE_UNREADABLE) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Lỗi nội bộ máy chủ / internal server error (INTERNAL, PDF_FAILED) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        post?: never;
        /** Đặt lại một mẫu câu báo cáo về mặc định (quản trị viên) / reset a report sentence template to its default (admins) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    key: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Thành công / OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Loại câu / sentence kind */
                            key: string;
                            /** @description Mẫu câu đang dùng / the wording in use */
                            text: string;
                            /** @description Mẫu câu mặc định / the default wording */
                            defaultText: string;
                            /** @description Chỗ trống dùng được, viết {tên} / placeholders allowed, written {name} */
                            placeholders: string[];
                            description: string;
                            /** @description Quản trị viên đã sửa / an administrator replaced the default */
                            overridden: boolean;
                            updatedAt: string | null;
                            updatedBy: string | null;
                        };
                    };
                };
                /** @description Yêu cầu sai: tham số, trường hoặc nội dung không hợp lệ / a bad request: a parameter, field or body that fails its schema (BAD_REQUEST, INVALID_DATE, INVALID_JSON) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Chưa đăng nhập, phiên hết hạn hoặc sai thông tin đăng nhập / no caller, an expired session, or wrong credentials (UNAUTHENTICATED, INVALID_CREDENTIALS) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Không có quyền, hoặc thiếu mã chống giả mạo (CSRF) / not allowed, or the CSRF token is missing (FORBIDDEN, CSRF_INVALID) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Không tìm thấy / not found (NOT_FOUND, UNIT_NOT_FOUND, FRAMEWORK_NOT_FOUND, EDITION_NOT_FOUND, SCORE_RUN_NOT_FOUND, INDICATOR_NOT_FOUND, PLAN_NOT_FOUND, REPORT_TEMPLATE_NOT_FOUND, JOB_NOT_FOUND, REPORT_NOT_FOUND, RECORD_NOT_FOUND, ROUTE_NOT_FOUND) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Nội dung gửi lên quá lớn / the body is too large (PAYLOAD_TOO_LARGE) */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Kiểu nội dung không được hỗ trợ / unsupported content type (UNSUPPORTED_MEDIA_TYPE) */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Lỗi nội bộ máy chủ / internal server error (INTERNAL, PDF_FAILED) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/registries/records": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Các hồ sơ đứng sau một con số tính từ sổ đăng ký / the records behind a number derived from a registry */
        get: {
            parameters: {
                query: {
                    /** @description Mã phần tử dữ liệu tính từ sổ đăng ký / a data element derived from a registry */
                    element: string;
                    unit: string;
                    /** @description Kỳ: 2023, 2023S1, 2023Q2, 202306 */
                    period: string;
                    view?: "was" | "now";
                    limit?: number;
                    offset?: number;
                    /** @description csv: cả danh sách (tối đa 200.000 dòng) / the whole list as CSV */
                    format?: "json" | "csv";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Thành công / OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            element: string;
                            /** @description Tên phần tử: con số đếm gì / what the figure counts */
                            name: string;
                            nameEn: string;
                            measure: string;
                            /** @enum {string} */
                            registry: "tasks" | "products" | "teams" | "dossiers" | "feedback";
                            unit: {
                                code: string;
                                name: string;
                            };
                            period: string;
                            /** @enum {string} */
                            view: "was" | "now";
                            total: number;
                            limit: number;
                            offset: number;
                            items: {
                                id: string;
                                title: string;
                                /** @description Mã đơn vị sở hữu hồ sơ / the owner unit */
                                unit: string;
                                /** @description Tên đơn vị vào ngày cuối kỳ / its name on the period’s last day */
                                unitName: string;
                                state: string;
                                date: string | null;
                                /** @description Phần hồ sơ góp vào con số / what the record adds to the figure */
                                counts: number;
                                /** @description Dữ liệu mô phỏng / invented for the demo */
                                simulated: boolean;
                            }[];
                        };
                        "text/csv": string;
                    };
                };
                /** @description Yêu cầu sai: tham số, trường hoặc nội dung không hợp lệ / a bad request: a parameter, field or body that fails its schema (BAD_REQUEST, INVALID_DATE, INVALID_JSON) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Chưa đăng nhập, phiên hết hạn hoặc sai thông tin đăng nhập / no caller, an expired session, or wrong credentials (UNAUTHENTICATED, INVALID_CREDENTIALS) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Không có quyền, hoặc thiếu mã chống giả mạo (CSRF) / not allowed, or the CSRF token is missing (FORBIDDEN, CSRF_INVALID) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Không tìm thấy / not found (NOT_FOUND, UNIT_NOT_FOUND, FRAMEWORK_NOT_FOUND, EDITION_NOT_FOUND, SCORE_RUN_NOT_FOUND, INDICATOR_NOT_FOUND, PLAN_NOT_FOUND, REPORT_TEMPLATE_NOT_FOUND, JOB_NOT_FOUND, REPORT_NOT_FOUND, RECORD_NOT_FOUND, ROUTE_NOT_FOUND) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Lỗi nội bộ máy chủ / internal server error (INTERNAL, PDF_FAILED) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/registries/figures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Số liệu từ các sổ đăng ký của một đơn vị trong một kỳ / a unit's figures from the registries for a period */
        get: {
            parameters: {
                query: {
                    unit: string;
                    /** @description Kỳ: 2023, 2023S1, 2023Q2, 202306 */
                    period: string;
                    view?: "was" | "now";
                    registry?: "tasks" | "products" | "teams";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Thành công / OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            unit: {
                                code: string;
                                name: string;
                            };
                            period: string;
                            /** @enum {string} */
                            view: "was" | "now";
                            items: {
                                /** @enum {string} */
                                registry: "tasks" | "products" | "teams";
                                measure: string;
                                /** @description Phần tử để xem hồ sơ (GET /registries/records) / the element to drill down from */
                                element: string;
                                indicator: string;
                                name: string;
                                nameEn: string;
                                unitOfMeasure: string | null;
                                value: number | null;
                            }[];
                        };
                    };
                };
                /** @description Yêu cầu sai: tham số, trường hoặc nội dung không hợp lệ / a bad request: a parameter, field or body that fails its schema (BAD_REQUEST, INVALID_DATE, INVALID_JSON) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Chưa đăng nhập, phiên hết hạn hoặc sai thông tin đăng nhập / no caller, an expired session, or wrong credentials (UNAUTHENTICATED, INVALID_CREDENTIALS) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Không có quyền, hoặc thiếu mã chống giả mạo (CSRF) / not allowed, or the CSRF token is missing (FORBIDDEN, CSRF_INVALID) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Không tìm thấy / not found (NOT_FOUND, UNIT_NOT_FOUND, FRAMEWORK_NOT_FOUND, EDITION_NOT_FOUND, SCORE_RUN_NOT_FOUND, INDICATOR_NOT_FOUND, PLAN_NOT_FOUND, REPORT_TEMPLATE_NOT_FOUND, JOB_NOT_FOUND, REPORT_NOT_FOUND, RECORD_NOT_FOUND, ROUTE_NOT_FOUND) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Lỗi nội bộ máy chủ / internal server error (INTERNAL, PDF_FAILED) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/registries/refresh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Tính lại mọi số liệu lấy từ sổ đăng ký (quản trị viên) / recompute every value derived from a registry (admins) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Thành công / OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            registries: {
                                registry: string;
                                created: number;
                                updated: number;
                                unchanged: number;
                            }[];
                        };
                    };
                };
                /** @description Yêu cầu sai: tham số, trường hoặc nội dung không hợp lệ / a bad request: a parameter, field or body that fails its schema (BAD_REQUEST, INVALID_DATE, INVALID_JSON) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Chưa đăng nhập, phiên hết hạn hoặc sai thông tin đăng nhập / no caller, an expired session, or wrong credentials (UNAUTHENTICATED, INVALID_CREDENTIALS) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Không có quyền, hoặc thiếu mã chống giả mạo (CSRF) / not allowed, or the CSRF token is missing (FORBIDDEN, CSRF_INVALID) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Nội dung gửi lên quá lớn / the body is too large (PAYLOAD_TOO_LARGE) */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Kiểu nội dung không được hỗ trợ / unsupported content type (UNSUPPORTED_MEDIA_TYPE) */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Dữ liệu không hợp lệ, không có gì được ghi / invalid data, nothing was written (VALIDATION_FAILED, REPORT_TEMPLATE_INVALID, FILE_UNREADABLE) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Lỗi nội bộ máy chủ / internal server error (INTERNAL, PDF_FAILED) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Nhiệm vụ theo kế hoạch, đơn vị (chủ trì hoặc phối hợp), trạng thái (quá hạn tính theo hôm nay) / tasks by plan, unit and status (overdue as of today) */
        get: {
            parameters: {
                query?: {
                    plan?: string;
                    unit?: string;
                    status?: "not_started" | "in_progress" | "completed" | "paused" | "overdue";
                    limit?: number;
                    offset?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Thành công / OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            total: number;
                            counts: {
                                total: number;
                                not_started: number;
                                in_progress: number;
                                completed: number;
                                paused: number;
                                overdue: number;
                                dueSoon: number;
                            };
                            items: {
                                id: number;
                                plan: string;
                                followUp?: number | null;
                                directive?: number | null;
                                title: string;
                                legalBasis?: string | null;
                                lead: {
                                    code: string;
                                    name: string;
                                };
                                coordinating: {
                                    code: string;
                                    name: string;
                                }[];
                                startDate: string;
                                deadline: string;
                                /** @enum {string} */
                                state: "not_started" | "in_progress" | "completed" | "paused";
                                /** @enum {string} */
                                status: "not_started" | "in_progress" | "completed" | "paused" | "overdue";
                                overdue: boolean;
                                dueSoon: boolean;
                                daysLeft: number;
                                percent: number;
                                completedOn?: string | null;
                                onTime?: boolean | null;
                                completionEvidence?: {
                                    kind?: string;
                                    number?: string;
                                    date?: string;
                                    issuer?: string;
                                    summary?: string;
                                    url?: string;
                                    title?: string;
                                }[];
                                pauseReason?: string | null;
                                simulated: boolean;
                                milestones: {
                                    id: number;
                                    title: string;
                                    dueDate: string;
                                    doneOn: string | null;
                                    overdue: boolean;
                                }[];
                                progress: {
                                    id: number;
                                    reportedOn: string;
                                    percent: number;
                                    content: string;
                                    evidence: {
                                        kind?: string;
                                        number?: string;
                                        date?: string;
                                        issuer?: string;
                                        summary?: string;
                                        url?: string;
                                        title?: string;
                                    }[];
                                    by: string;
                                    at: string;
                                }[];
                                actions: ("edit" | "start" | "progress" | "milestone" | "complete" | "pause" | "resume" | "reopen")[];
                            }[];
                        };
                    };
                };
                /** @description Yêu cầu sai: tham số, trường hoặc nội dung không hợp lệ / a bad request: a parameter, field or body that fails its schema (BAD_REQUEST, INVALID_DATE, INVALID_JSON) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Chưa đăng nhập, phiên hết hạn hoặc sai thông tin đăng nhập / no caller, an expired session, or wrong credentials (UNAUTHENTICATED, INVALID_CREDENTIALS) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Không có quyền, hoặc thiếu mã chống giả mạo (CSRF) / not allowed, or the CSRF token is missing (FORBIDDEN, CSRF_INVALID) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Lỗi nội bộ máy chủ / internal server error (INTERNAL, PDF_FAILED) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        put?: never;
        /** Giao nhiệm vụ mới của một kế hoạch (quản trị) / create a task of a plan (admins) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        plan: string;
                        title: string;
                        legalBasis?: string | null;
                        lead: string;
                        coordinating?: string[];
                        /** Format: calendar-date */
                        startDate: string;
                        /** Format: calendar-date */
                        deadline: string;
                        milestones?: {
                            title: string;
                            /** Format: calendar-date */
                            dueDate: string;
                        }[];
                        followUp?: number | null;
                        directive?: number | null;
                    };
                };
            };
            responses: {
                /** @description Đã tạo / created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            plan: string;
                            followUp?: number | null;
                            directive?: number | null;
                            title: string;
                            legalBasis?: string | null;
                            lead: {
                                code: string;
                                name: string;
                            };
                            coordinating: {
                                code: string;
                                name: string;
                            }[];
                            startDate: string;
                            deadline: string;
                            /** @enum {string} */
                            state: "not_started" | "in_progress" | "completed" | "paused";
                            /** @enum {string} */
                            status: "not_started" | "in_progress" | "completed" | "paused" | "overdue";
                            overdue: boolean;
                            dueSoon: boolean;
                            daysLeft: number;
                            percent: number;
                            completedOn?: string | null;
                            onTime?: boolean | null;
                            completionEvidence?: {
                                kind?: string;
                                number?: string;
                                date?: string;
                                issuer?: string;
                                summary?: string;
                                url?: string;
                                title?: string;
                            }[];
                            pauseReason?: string | null;
                            simulated: boolean;
                            milestones: {
                                id: number;
                                title: string;
                                dueDate: string;
                                doneOn: string | null;
                                overdue: boolean;
                            }[];
                            progress: {
                                id: number;
                                reportedOn: string;
                                percent: number;
                                content: string;
                                evidence: {
                                    kind?: string;
                                    number?: string;
                                    date?: string;
                                    issuer?: string;
                                    summary?: string;
                                    url?: string;
                                    title?: string;
                                }[];
                                by: string;
                                at: string;
                            }[];
                            actions: ("edit" | "start" | "progress" | "milestone" | "complete" | "pause" | "resume" | "reopen")[];
                        };
                    };
                };
                /** @description Yêu cầu sai: tham số, trường hoặc nội dung không hợp lệ / a bad request: a parameter, field or body that fails its schema (BAD_REQUEST, INVALID_DATE, INVALID_JSON) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Chưa đăng nhập, phiên hết hạn hoặc sai thông tin đăng nhập / no caller, an expired session, or wrong credentials (UNAUTHENTICATED, INVALID_CREDENTIALS) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Không có quyền, hoặc thiếu mã chống giả mạo (CSRF) / not allowed, or the CSRF token is missing (FORBIDDEN, CSRF_INVALID) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Không tìm thấy / not found (NOT_FOUND, UNIT_NOT_FOUND, FRAMEWORK_NOT_FOUND, EDITION_NOT_FOUND, SCORE_RUN_NOT_FOUND, INDICATOR_NOT_FOUND, PLAN_NOT_FOUND, REPORT_TEMPLATE_NOT_FOUND, JOB_NOT_FOUND, REPORT_NOT_FOUND, RECORD_NOT_FOUND, ROUTE_NOT_FOUND) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Nội dung gửi lên quá lớn / the body is too large (PAYLOAD_TOO_LARGE) */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Kiểu nội dung không được hỗ trợ / unsupported content type (UNSUPPORTED_MEDIA_TYPE) */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Dữ liệu không hợp lệ, không có gì được ghi / invalid data, nothing was written (VALIDATION_FAILED, REPORT_TEMPLATE_INVALID, FILE_UNREADABLE) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Lỗi nội bộ máy chủ / internal server error (INTERNAL, PDF_FAILED) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tasks/due": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Đôn đốc: nhiệm vụ quá hạn và sắp đến hạn của một đơn vị, kèm số lượng / overdue and due-soon tasks of a unit, with counts */
        get: {
            parameters: {
                query?: {
                    unit?: string;
                    days?: number;
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Thành công / OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            unit: string | null;
                            days: number;
                            overdue: {
                                count: number;
                                items: {
                                    id: number;
                                    plan: string;
                                    followUp?: number | null;
                                    directive?: number | null;
                                    title: string;
                                    legalBasis?: string | null;
                                    lead: {
                                        code: string;
                                        name: string;
                                    };
                                    coordinating: {
                                        code: string;
                                        name: string;
                                    }[];
                                    startDate: string;
                                    deadline: string;
                                    /** @enum {string} */
                                    state: "not_started" | "in_progress" | "completed" | "paused";
                                    /** @enum {string} */
                                    status: "not_started" | "in_progress" | "completed" | "paused" | "overdue";
                                    overdue: boolean;
                                    dueSoon: boolean;
                                    daysLeft: number;
                                    percent: number;
                                    completedOn?: string | null;
                                    onTime?: boolean | null;
                                    completionEvidence?: {
                                        kind?: string;
                                        number?: string;
                                        date?: string;
                                        issuer?: string;
                                        summary?: string;
                                        url?: string;
                                        title?: string;
                                    }[];
                                    pauseReason?: string | null;
                                    simulated: boolean;
                                    milestones: {
                                        id: number;
                                        title: string;
                                        dueDate: string;
                                        doneOn: string | null;
                                        overdue: boolean;
                                    }[];
                                    progress: {
                                        id: number;
                                        reportedOn: string;
                                        percent: number;
                                        content: string;
                                        evidence: {
                                            kind?: string;
                                            number?: string;
                                            date?: string;
                                            issuer?: string;
                                            summary?: string;
                                            url?: string;
                                            title?: string;
                                        }[];
                                        by: string;
                                        at: string;
                                    }[];
                                    actions: ("edit" | "start" | "progress" | "milestone" | "complete" | "pause" | "resume" | "reopen")[];
                                }[];
                            };
                            dueSoon: {
                                count: number;
                                items: {
                                    id: number;
                                    plan: string;
                                    followUp?: number | null;
                                    directive?: number | null;
                                    title: string;
                                    legalBasis?: string | null;
                                    lead: {
                                        code: string;
                                        name: string;
                                    };
                                    coordinating: {
                                        code: string;
                                        name: string;
                                    }[];
                                    startDate: string;
                                    deadline: string;
                                    /** @enum {string} */
                                    state: "not_started" | "in_progress" | "completed" | "paused";
                                    /** @enum {string} */
                                    status: "not_started" | "in_progress" | "completed" | "paused" | "overdue";
                                    overdue: boolean;
                                    dueSoon: boolean;
                                    daysLeft: number;
                                    percent: number;
                                    completedOn?: string | null;
                                    onTime?: boolean | null;
                                    completionEvidence?: {
                                        kind?: string;
                                        number?: string;
                                        date?: string;
                                        issuer?: string;
                                        summary?: string;
                                        url?: string;
                                        title?: string;
                                    }[];
                                    pauseReason?: string | null;
                                    simulated: boolean;
                                    milestones: {
                                        id: number;
                                        title: string;
                                        dueDate: string;
                                        doneOn: string | null;
                                        overdue: boolean;
                                    }[];
                                    progress: {
                                        id: number;
                                        reportedOn: string;
                                        percent: number;
                                        content: string;
                                        evidence: {
                                            kind?: string;
                                            number?: string;
                                            date?: string;
                                            issuer?: string;
                                            summary?: string;
                                            url?: string;
                                            title?: string;
                                        }[];
                                        by: string;
                                        at: string;
                                    }[];
                                    actions: ("edit" | "start" | "progress" | "milestone" | "complete" | "pause" | "resume" | "reopen")[];
                                }[];
                            };
                        };
                    };
                };
                /** @description Yêu cầu sai: tham số, trường hoặc nội dung không hợp lệ / a bad request: a parameter, field or body that fails its schema (BAD_REQUEST, INVALID_DATE, INVALID_JSON) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Chưa đăng nhập, phiên hết hạn hoặc sai thông tin đăng nhập / no caller, an expired session, or wrong credentials (UNAUTHENTICATED, INVALID_CREDENTIALS) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Không có quyền, hoặc thiếu mã chống giả mạo (CSRF) / not allowed, or the CSRF token is missing (FORBIDDEN, CSRF_INVALID) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Lỗi nội bộ máy chủ / internal server error (INTERNAL, PDF_FAILED) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tasks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Một nhiệm vụ: mốc, báo cáo tiến độ, thao tác được phép / one task: milestones, progress reports, the actions allowed */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Thành công / OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            plan: string;
                            followUp?: number | null;
                            directive?: number | null;
                            title: string;
                            legalBasis?: string | null;
                            lead: {
                                code: string;
                                name: string;
                            };
                            coordinating: {
                                code: string;
                                name: string;
                            }[];
                            startDate: string;
                            deadline: string;
                            /** @enum {string} */
                            state: "not_started" | "in_progress" | "completed" | "paused";
                            /** @enum {string} */
                            status: "not_started" | "in_progress" | "completed" | "paused" | "overdue";
                            overdue: boolean;
                            dueSoon: boolean;
                            daysLeft: number;
                            percent: number;
                            completedOn?: string | null;
                            onTime?: boolean | null;
                            completionEvidence?: {
                                kind?: string;
                                number?: string;
                                date?: string;
                                issuer?: string;
                                summary?: string;
                                url?: string;
                                title?: string;
                            }[];
                            pauseReason?: string | null;
                            simulated: boolean;
                            milestones: {
                                id: number;
                                title: string;
                                dueDate: string;
                                doneOn: string | null;
                                overdue: boolean;
                            }[];
                            progress: {
                                id: number;
                                reportedOn: string;
                                percent: number;
                                content: string;
                                evidence: {
                                    kind?: string;
                                    number?: string;
                                    date?: string;
                                    issuer?: string;
                                    summary?: string;
                                    url?: string;
                                    title?: string;
                                }[];
                                by: string;
                                at: string;
                            }[];
                            actions: ("edit" | "start" | "progress" | "milestone" | "complete" | "pause" | "resume" | "reopen")[];
                        };
                    };
                };
                /** @description Yêu cầu sai: tham số, trường hoặc nội dung không hợp lệ / a bad request: a parameter, field or body that fails its schema (BAD_REQUEST, INVALID_DATE, INVALID_JSON) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Chưa đăng nhập, phiên hết hạn hoặc sai thông tin đăng nhập / no caller, an expired session, or wrong credentials (UNAUTHENTICATED, INVALID_CREDENTIALS) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Không có quyền, hoặc thiếu mã chống giả mạo (CSRF) / not allowed, or the CSRF token is missing (FORBIDDEN, CSRF_INVALID) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Không tìm thấy / not found (NOT_FOUND, UNIT_NOT_FOUND, FRAMEWORK_NOT_FOUND, EDITION_NOT_FOUND, SCORE_RUN_NOT_FOUND, INDICATOR_NOT_FOUND, PLAN_NOT_FOUND, REPORT_TEMPLATE_NOT_FOUND, JOB_NOT_FOUND, REPORT_NOT_FOUND, RECORD_NOT_FOUND, ROUTE_NOT_FOUND) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Lỗi nội bộ máy chủ / internal server error (INTERNAL, PDF_FAILED) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        /** Sửa nhiệm vụ chưa hoàn thành (quản trị) / edit a task not completed (admins) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        plan: string;
                        title: string;
                        legalBasis?: string | null;
                        lead: string;
                        coordinating?: string[];
                        /** Format: calendar-date */
                        startDate: string;
                        /** Format: calendar-date */
                        deadline: string;
                        milestones?: {
                            title: string;
                            /** Format: calendar-date */
                            dueDate: string;
                        }[];
                        followUp?: number | null;
                        directive?: number | null;
                    };
                };
            };
            responses: {
                /** @description Thành công / OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            plan: string;
                            followUp?: number | null;
                            directive?: number | null;
                            title: string;
                            legalBasis?: string | null;
                            lead: {
                                code: string;
                                name: string;
                            };
                            coordinating: {
                                code: string;
                                name: string;
                            }[];
                            startDate: string;
                            deadline: string;
                            /** @enum {string} */
                            state: "not_started" | "in_progress" | "completed" | "paused";
                            /** @enum {string} */
                            status: "not_started" | "in_progress" | "completed" | "paused" | "overdue";
                            overdue: boolean;
                            dueSoon: boolean;
                            daysLeft: number;
                            percent: number;
                            completedOn?: string | null;
                            onTime?: boolean | null;
                            completionEvidence?: {
                                kind?: string;
                                number?: string;
                                date?: string;
                                issuer?: string;
                                summary?: string;
                                url?: string;
                                title?: string;
                            }[];
                            pauseReason?: string | null;
                            simulated: boolean;
                            milestones: {
                                id: number;
                                title: string;
                                dueDate: string;
                                doneOn: string | null;
                                overdue: boolean;
                            }[];
                            progress: {
                                id: number;
                                reportedOn: string;
                                percent: number;
                                content: string;
                                evidence: {
                                    kind?: string;
                                    number?: string;
                                    date?: string;
                                    issuer?: string;
                                    summary?: string;
                                    url?: string;
                                    title?: string;
                                }[];
                                by: string;
                                at: string;
                            }[];
                            actions: ("edit" | "start" | "progress" | "milestone" | "complete" | "pause" | "resume" | "reopen")[];
                        };
                    };
                };
                /** @description Yêu cầu sai: tham số, trường hoặc nội dung không hợp lệ / a bad request: a parameter, field or body that fails its schema (BAD_REQUEST, INVALID_DATE, INVALID_JSON) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Chưa đăng nhập, phiên hết hạn hoặc sai thông tin đăng nhập / no caller, an expired session, or wrong credentials (UNAUTHENTICATED, INVALID_CREDENTIALS) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Không có quyền, hoặc thiếu mã chống giả mạo (CSRF) / not allowed, or the CSRF token is missing (FORBIDDEN, CSRF_INVALID) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Không tìm thấy / not found (NOT_FOUND, UNIT_NOT_FOUND, FRAMEWORK_NOT_FOUND, EDITION_NOT_FOUND, SCORE_RUN_NOT_FOUND, INDICATOR_NOT_FOUND, PLAN_NOT_FOUND, REPORT_TEMPLATE_NOT_FOUND, JOB_NOT_FOUND, REPORT_NOT_FOUND, RECORD_NOT_FOUND, ROUTE_NOT_FOUND) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Xung đột với trạng thái đã lưu / conflicts with the stored state (CONFLICT, SELF_LOCKOUT, LOCKED, INVALID_TRANSITION, REPORT_NOT_READY) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Nội dung gửi lên quá lớn / the body is too large (PAYLOAD_TOO_LARGE) */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Kiểu nội dung không được hỗ trợ / unsupported content type (UNSUPPORTED_MEDIA_TYPE) */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Dữ liệu không hợp lệ, không có gì được ghi / invalid data, nothing was written (VALIDATION_FAILED, REPORT_TEMPLATE_INVALID, FILE_UNREADABLE) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Lỗi nội bộ máy chủ / internal server error (INTERNAL, PDF_FAILED) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tasks/{id}/progress": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Đơn vị chủ trì báo cáo tiến độ: ngày, phần trăm, nội dung, minh chứng / the lead unit reports progress */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        percent: number;
                        content: string;
                        /** Format: calendar-date */
                        reportedOn?: string;
                        evidence?: {
                            /** @enum {string} */
                            kind: "document" | "link";
                            number?: string;
                            /** Format: calendar-date */
                            date?: string;
                            issuer?: string;
                            summary?: string;
                            url?: string;
                            title?: string;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Thành công / OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            plan: string;
                            followUp?: number | null;
                            directive?: number | null;
                            title: string;
                            legalBasis?: string | null;
                            lead: {
                                code: string;
                                name: string;
                            };
                            coordinating: {
                                code: string;
                                name: string;
                            }[];
                            startDate: string;
                            deadline: string;
                            /** @enum {string} */
                            state: "not_started" | "in_progress" | "completed" | "paused";
                            /** @enum {string} */
                            status: "not_started" | "in_progress" | "completed" | "paused" | "overdue";
                            overdue: boolean;
                            dueSoon: boolean;
                            daysLeft: number;
                            percent: number;
                            completedOn?: string | null;
                            onTime?: boolean | null;
                            completionEvidence?: {
                                kind?: string;
                                number?: string;
                                date?: string;
                                issuer?: string;
                                summary?: string;
                                url?: string;
                                title?: string;
                            }[];
                            pauseReason?: string | null;
                            simulated: boolean;
                            milestones: {
                                id: number;
                                title: string;
                                dueDate: string;
                                doneOn: string | null;
                                overdue: boolean;
                            }[];
                            progress: {
                                id: number;
                                reportedOn: string;
                                percent: number;
                                content: string;
                                evidence: {
                                    kind?: string;
                                    number?: string;
                                    date?: string;
                                    issuer?: string;
                                    summary?: string;
                                    url?: string;
                                    title?: string;
                                }[];
                                by: string;
                                at: string;
                            }[];
                            actions: ("edit" | "start" | "progress" | "milestone" | "complete" | "pause" | "resume" | "reopen")[];
                        };
                    };
                };
                /** @description Yêu cầu sai: tham số, trường hoặc nội dung không hợp lệ / a bad request: a parameter, field or body that fails its schema (BAD_REQUEST, INVALID_DATE, INVALID_JSON) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Chưa đăng nhập, phiên hết hạn hoặc sai thông tin đăng nhập / no caller, an expired session, or wrong credentials (UNAUTHENTICATED, INVALID_CREDENTIALS) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Không có quyền, hoặc thiếu mã chống giả mạo (CSRF) / not allowed, or the CSRF token is missing (FORBIDDEN, CSRF_INVALID) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Không tìm thấy / not found (NOT_FOUND, UNIT_NOT_FOUND, FRAMEWORK_NOT_FOUND, EDITION_NOT_FOUND, SCORE_RUN_NOT_FOUND, INDICATOR_NOT_FOUND, PLAN_NOT_FOUND, REPORT_TEMPLATE_NOT_FOUND, JOB_NOT_FOUND, REPORT_NOT_FOUND, RECORD_NOT_FOUND, ROUTE_NOT_FOUND) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Xung đột với trạng thái đã lưu / conflicts with the stored state (CONFLICT, SELF_LOCKOUT, LOCKED, INVALID_TRANSITION, REPORT_NOT_READY) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Nội dung gửi lên quá lớn / the body is too large (PAYLOAD_TOO_LARGE) */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Kiểu nội dung không được hỗ trợ / unsupported content type (UNSUPPORTED_MEDIA_TYPE) */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Dữ liệu không hợp lệ, không có gì được ghi / invalid data, nothing was written (VALIDATION_FAILED, REPORT_TEMPLATE_INVALID, FILE_UNREADABLE) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Lỗi nội bộ máy chủ / internal server error (INTERNAL, PDF_FAILED) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tasks/{id}/complete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Đơn vị chủ trì báo cáo hoàn thành, kèm ngày và minh chứng / the lead unit completes the task, with a date and evidence */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: calendar-date */
                        completedOn: string;
                        evidence: {
                            /** @enum {string} */
                            kind: "document" | "link";
                            number?: string;
                            /** Format: calendar-date */
                            date?: string;
                            issuer?: string;
                            summary?: string;
                            url?: string;
                            title?: string;
                        }[];
                        note?: string;
                    };
                };
            };
            responses: {
                /** @description Thành công / OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            plan: string;
                            followUp?: number | null;
                            directive?: number | null;
                            title: string;
                            legalBasis?: string | null;
                            lead: {
                                code: string;
                                name: string;
                            };
                            coordinating: {
                                code: string;
                                name: string;
                            }[];
                            startDate: string;
                            deadline: string;
                            /** @enum {string} */
                            state: "not_started" | "in_progress" | "completed" | "paused";
                            /** @enum {string} */
                            status: "not_started" | "in_progress" | "completed" | "paused" | "overdue";
                            overdue: boolean;
                            dueSoon: boolean;
                            daysLeft: number;
                            percent: number;
                            completedOn?: string | null;
                            onTime?: boolean | null;
                            completionEvidence?: {
                                kind?: string;
                                number?: string;
                                date?: string;
                                issuer?: string;
                                summary?: string;
                                url?: string;
                                title?: string;
                            }[];
                            pauseReason?: string | null;
                            simulated: boolean;
                            milestones: {
                                id: number;
                                title: string;
                                dueDate: string;
                                doneOn: string | null;
                                overdue: boolean;
                            }[];
                            progress: {
                                id: number;
                                reportedOn: string;
                                percent: number;
                                content: string;
                                evidence: {
                                    kind?: string;
                                    number?: string;
                                    date?: string;
                                    issuer?: string;
                                    summary?: string;
                                    url?: string;
                                    title?: string;
                                }[];
                                by: string;
                                at: string;
                            }[];
                            actions: ("edit" | "start" | "progress" | "milestone" | "complete" | "pause" | "resume" | "reopen")[];
                        };
                    };
                };
                /** @description Yêu cầu sai: tham số, trường hoặc nội dung không hợp lệ / a bad request: a parameter, field or body that fails its schema (BAD_REQUEST, INVALID_DATE, INVALID_JSON) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Chưa đăng nhập, phiên hết hạn hoặc sai thông tin đăng nhập / no caller, an expired session, or wrong credentials (UNAUTHENTICATED, INVALID_CREDENTIALS) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Không có quyền, hoặc thiếu mã chống giả mạo (CSRF) / not allowed, or the CSRF token is missing (FORBIDDEN, CSRF_INVALID) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Không tìm thấy / not found (NOT_FOUND, UNIT_NOT_FOUND, FRAMEWORK_NOT_FOUND, EDITION_NOT_FOUND, SCORE_RUN_NOT_FOUND, INDICATOR_NOT_FOUND, PLAN_NOT_FOUND, REPORT_TEMPLATE_NOT_FOUND, JOB_NOT_FOUND, REPORT_NOT_FOUND, RECORD_NOT_FOUND, ROUTE_NOT_FOUND) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Xung đột với trạng thái đã lưu / conflicts with the stored state (CONFLICT, SELF_LOCKOUT, LOCKED, INVALID_TRANSITION, REPORT_NOT_READY) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Nội dung gửi lên quá lớn / the body is too large (PAYLOAD_TOO_LARGE) */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Kiểu nội dung không được hỗ trợ / unsupported content type (UNSUPPORTED_MEDIA_TYPE) */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Dữ liệu không hợp lệ, không có gì được ghi / invalid data, nothing was written (VALIDATION_FAILED, REPORT_TEMPLATE_INVALID, FILE_UNREADABLE) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Lỗi nội bộ máy chủ / internal server error (INTERNAL, PDF_FAILED) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tasks/{id}/milestones/{milestone}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Đánh dấu một mốc đã xong (hoặc bỏ đánh dấu) / mark a milestone done (or not) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                    milestone: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: calendar-date */
                        doneOn: string | null;
                    };
                };
            };
            responses: {
                /** @description Thành công / OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            plan: string;
                            followUp?: number | null;
                            directive?: number | null;
                            title: string;
                            legalBasis?: string | null;
                            lead: {
                                code: string;
                                name: string;
                            };
                            coordinating: {
                                code: string;
                                name: string;
                            }[];
                            startDate: string;
                            deadline: string;
                            /** @enum {string} */
                            state: "not_started" | "in_progress" | "completed" | "paused";
                            /** @enum {string} */
                            status: "not_started" | "in_progress" | "completed" | "paused" | "overdue";
                            overdue: boolean;
                            dueSoon: boolean;
                            daysLeft: number;
                            percent: number;
                            completedOn?: string | null;
                            onTime?: boolean | null;
                            completionEvidence?: {
                                kind?: string;
                                number?: string;
                                date?: string;
                                issuer?: string;
                                summary?: string;
                                url?: string;
                                title?: string;
                            }[];
                            pauseReason?: string | null;
                            simulated: boolean;
                            milestones: {
                                id: number;
                                title: string;
                                dueDate: string;
                                doneOn: string | null;
                                overdue: boolean;
                            }[];
                            progress: {
                                id: number;
                                reportedOn: string;
                                percent: number;
                                content: string;
                                evidence: {
                                    kind?: string;
                                    number?: string;
                                    date?: string;
                                    issuer?: string;
                                    summary?: string;
                                    url?: string;
                                    title?: string;
                                }[];
                                by: string;
                                at: string;
                            }[];
                            actions: ("edit" | "start" | "progress" | "milestone" | "complete" | "pause" | "resume" | "reopen")[];
                        };
                    };
                };
                /** @description Yêu cầu sai: tham số, trường hoặc nội dung không hợp lệ / a bad request: a parameter, field or body that fails its schema (BAD_REQUEST, INVALID_DATE, INVALID_JSON) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Chưa đăng nhập, phiên hết hạn hoặc sai thông tin đăng nhập / no caller, an expired session, or wrong credentials (UNAUTHENTICATED, INVALID_CREDENTIALS) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Không có quyền, hoặc thiếu mã chống giả mạo (CSRF) / not allowed, or the CSRF token is missing (FORBIDDEN, CSRF_INVALID) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Không tìm thấy / not found (NOT_FOUND, UNIT_NOT_FOUND, FRAMEWORK_NOT_FOUND, EDITION_NOT_FOUND, SCORE_RUN_NOT_FOUND, INDICATOR_NOT_FOUND, PLAN_NOT_FOUND, REPORT_TEMPLATE_NOT_FOUND, JOB_NOT_FOUND, REPORT_NOT_FOUND, RECORD_NOT_FOUND, ROUTE_NOT_FOUND) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Xung đột với trạng thái đã lưu / conflicts with the stored state (CONFLICT, SELF_LOCKOUT, LOCKED, INVALID_TRANSITION, REPORT_NOT_READY) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Nội dung gửi lên quá lớn / the body is too large (PAYLOAD_TOO_LARGE) */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Kiểu nội dung không được hỗ trợ / unsupported content type (UNSUPPORTED_MEDIA_TYPE) */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Dữ liệu không hợp lệ, không có gì được ghi / invalid data, nothing was written (VALIDATION_FAILED, REPORT_TEMPLATE_INVALID, FILE_UNREADABLE) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Lỗi nội bộ máy chủ / internal server error (INTERNAL, PDF_FAILED) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tasks/{id}/{action}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Bắt đầu (đơn vị chủ trì), tạm dừng với lý do, tiếp tục, mở lại (quản trị) / start (the lead unit), pause with a reason, resume, reopen (admins) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                    action: "start" | "pause" | "resume" | "reopen";
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason?: string;
                    };
                };
            };
            responses: {
                /** @description Thành công / OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            plan: string;
                            followUp?: number | null;
                            directive?: number | null;
                            title: string;
                            legalBasis?: string | null;
                            lead: {
                                code: string;
                                name: string;
                            };
                            coordinating: {
                                code: string;
                                name: string;
                            }[];
                            startDate: string;
                            deadline: string;
                            /** @enum {string} */
                            state: "not_started" | "in_progress" | "completed" | "paused";
                            /** @enum {string} */
                            status: "not_started" | "in_progress" | "completed" | "paused" | "overdue";
                            overdue: boolean;
                            dueSoon: boolean;
                            daysLeft: number;
                            percent: number;
                            completedOn?: string | null;
                            onTime?: boolean | null;
                            completionEvidence?: {
                                kind?: string;
                                number?: string;
                                date?: string;
                                issuer?: string;
                                summary?: string;
                                url?: string;
                                title?: string;
                            }[];
                            pauseReason?: string | null;
                            simulated: boolean;
                            milestones: {
                                id: number;
                                title: string;
                                dueDate: string;
                                doneOn: string | null;
                                overdue: boolean;
                            }[];
                            progress: {
                                id: number;
                                reportedOn: string;
                                percent: number;
                                content: string;
                                evidence: {
                                    kind?: string;
                                    number?: string;
                                    date?: string;
                                    issuer?: string;
                                    summary?: string;
                                    url?: string;
                                    title?: string;
                                }[];
                                by: string;
                                at: string;
                            }[];
                            actions: ("edit" | "start" | "progress" | "milestone" | "complete" | "pause" | "resume" | "reopen")[];
                        };
                    };
                };
                /** @description Yêu cầu sai: tham số, trường hoặc nội dung không hợp lệ / a bad request: a parameter, field or body that fails its schema (BAD_REQUEST, INVALID_DATE, INVALID_JSON) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Chưa đăng nhập, phiên hết hạn hoặc sai thông tin đăng nhập / no caller, an expired session, or wrong credentials (UNAUTHENTICATED, INVALID_CREDENTIALS) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Không có quyền, hoặc thiếu mã chống giả mạo (CSRF) / not allowed, or the CSRF token is missing (FORBIDDEN, CSRF_INVALID) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Không tìm thấy / not found (NOT_FOUND, UNIT_NOT_FOUND, FRAMEWORK_NOT_FOUND, EDITION_NOT_FOUND, SCORE_RUN_NOT_FOUND, INDICATOR_NOT_FOUND, PLAN_NOT_FOUND, REPORT_TEMPLATE_NOT_FOUND, JOB_NOT_FOUND, REPORT_NOT_FOUND, RECORD_NOT_FOUND, ROUTE_NOT_FOUND) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Xung đột với trạng thái đã lưu / conflicts with the stored state (CONFLICT, SELF_LOCKOUT, LOCKED, INVALID_TRANSITION, REPORT_NOT_READY) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Nội dung gửi lên quá lớn / the body is too large (PAYLOAD_TOO_LARGE) */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Kiểu nội dung không được hỗ trợ / unsupported content type (UNSUPPORTED_MEDIA_TYPE) */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Dữ liệu không hợp lệ, không có gì được ghi / invalid data, nothing was written (VALIDATION_FAILED, REPORT_TEMPLATE_INVALID, FILE_UNREADABLE) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Lỗi nội bộ máy chủ / internal server error (INTERNAL, PDF_FAILED) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Thông báo của tôi (mới nhất trước) và số chưa đọc / my notifications, newest first, and the unread count */
        get: {
            parameters: {
                query?: {
                    unread?: boolean;
                    limit?: number;
                    offset?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Thành công / OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            total: number;
                            unread: number;
                            items: {
                                id: number;
                                kind: string;
                                task: number | null;
                                title: string;
                                body: string;
                                link: string | null;
                                at: string;
                                read: boolean;
                            }[];
                        };
                    };
                };
                /** @description Yêu cầu sai: tham số, trường hoặc nội dung không hợp lệ / a bad request: a parameter, field or body that fails its schema (BAD_REQUEST, INVALID_DATE, INVALID_JSON) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Chưa đăng nhập, phiên hết hạn hoặc sai thông tin đăng nhập / no caller, an expired session, or wrong credentials (UNAUTHENTICATED, INVALID_CREDENTIALS) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Không có quyền, hoặc thiếu mã chống giả mạo (CSRF) / not allowed, or the CSRF token is missing (FORBIDDEN, CSRF_INVALID) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Lỗi nội bộ máy chủ / internal server error (INTERNAL, PDF_FAILED) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/unread-count": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Số thông báo chưa đọc (chuông) / the number of unread notifications (the bell) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Thành công / OK */
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
                /** @description Yêu cầu sai: tham số, trường hoặc nội dung không hợp lệ / a bad request: a parameter, field or body that fails its schema (BAD_REQUEST, INVALID_DATE, INVALID_JSON) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Chưa đăng nhập, phiên hết hạn hoặc sai thông tin đăng nhập / no caller, an expired session, or wrong credentials (UNAUTHENTICATED, INVALID_CREDENTIALS) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Không có quyền, hoặc thiếu mã chống giả mạo (CSRF) / not allowed, or the CSRF token is missing (FORBIDDEN, CSRF_INVALID) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Lỗi nội bộ máy chủ / internal server error (INTERNAL, PDF_FAILED) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/read-all": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Đánh dấu mọi thông báo đã đọc / mark every notification read */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Thành công / OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            marked: number;
                            unread: number;
                        };
                    };
                };
                /** @description Yêu cầu sai: tham số, trường hoặc nội dung không hợp lệ / a bad request: a parameter, field or body that fails its schema (BAD_REQUEST, INVALID_DATE, INVALID_JSON) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Chưa đăng nhập, phiên hết hạn hoặc sai thông tin đăng nhập / no caller, an expired session, or wrong credentials (UNAUTHENTICATED, INVALID_CREDENTIALS) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Không có quyền, hoặc thiếu mã chống giả mạo (CSRF) / not allowed, or the CSRF token is missing (FORBIDDEN, CSRF_INVALID) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Nội dung gửi lên quá lớn / the body is too large (PAYLOAD_TOO_LARGE) */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Kiểu nội dung không được hỗ trợ / unsupported content type (UNSUPPORTED_MEDIA_TYPE) */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Lỗi nội bộ máy chủ / internal server error (INTERNAL, PDF_FAILED) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/{id}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Đánh dấu một thông báo đã đọc / mark one notification read */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Thành công / OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            marked: number;
                            unread: number;
                        };
                    };
                };
                /** @description Yêu cầu sai: tham số, trường hoặc nội dung không hợp lệ / a bad request: a parameter, field or body that fails its schema (BAD_REQUEST, INVALID_DATE, INVALID_JSON) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Chưa đăng nhập, phiên hết hạn hoặc sai thông tin đăng nhập / no caller, an expired session, or wrong credentials (UNAUTHENTICATED, INVALID_CREDENTIALS) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Không có quyền, hoặc thiếu mã chống giả mạo (CSRF) / not allowed, or the CSRF token is missing (FORBIDDEN, CSRF_INVALID) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Không tìm thấy / not found (NOT_FOUND, UNIT_NOT_FOUND, FRAMEWORK_NOT_FOUND, EDITION_NOT_FOUND, SCORE_RUN_NOT_FOUND, INDICATOR_NOT_FOUND, PLAN_NOT_FOUND, REPORT_TEMPLATE_NOT_FOUND, JOB_NOT_FOUND, REPORT_NOT_FOUND, RECORD_NOT_FOUND, ROUTE_NOT_FOUND) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Nội dung gửi lên quá lớn / the body is too large (PAYLOAD_TOO_LARGE) */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Kiểu nội dung không được hỗ trợ / unsupported content type (UNSUPPORTED_MEDIA_TYPE) */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Lỗi nội bộ máy chủ / internal server error (INTERNAL, PDF_FAILED) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/digest": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Bản tin đôn đốc hằng ngày của tôi: nhiệm vụ quá hạn, sắp đến hạn / my daily digest: overdue and due-soon tasks */
        get: {
            parameters: {
                query?: {
                    date?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Thành công / OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            date: string;
                            subject: string;
                            total: number;
                            text: string;
                            html: string;
                            sections: {
                                key: string;
                                title: string;
                                count: number;
                                items: {
                                    title: string;
                                    detail: string;
                                    link: string;
                                }[];
                            }[];
                        };
                    };
                };
                /** @description Yêu cầu sai: tham số, trường hoặc nội dung không hợp lệ / a bad request: a parameter, field or body that fails its schema (BAD_REQUEST, INVALID_DATE, INVALID_JSON) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Chưa đăng nhập, phiên hết hạn hoặc sai thông tin đăng nhập / no caller, an expired session, or wrong credentials (UNAUTHENTICATED, INVALID_CREDENTIALS) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Không có quyền, hoặc thiếu mã chống giả mạo (CSRF) / not allowed, or the CSRF token is missing (FORBIDDEN, CSRF_INVALID) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Lỗi nội bộ máy chủ / internal server error (INTERNAL, PDF_FAILED) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/digest/run": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Xem trước hoặc gửi bản tin cho mọi người dùng qua thư điện tử khi đã cấu hình SMTP (quản trị) / preview or e-mail every user’s digest when SMTP is configured (admins) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        send?: boolean;
                        /** Format: calendar-date */
                        date?: string;
                    };
                };
            };
            responses: {
                /** @description Thành công / OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            date: string;
                            configured: boolean;
                            sent: {
                                username: string;
                                email: string;
                                total: number;
                            }[];
                            withoutEmail: string[];
                            failed: {
                                username: string;
                                error: string;
                            }[];
                        };
                    };
                };
                /** @description Yêu cầu sai: tham số, trường hoặc nội dung không hợp lệ / a bad request: a parameter, field or body that fails its schema (BAD_REQUEST, INVALID_DATE, INVALID_JSON) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Chưa đăng nhập, phiên hết hạn hoặc sai thông tin đăng nhập / no caller, an expired session, or wrong credentials (UNAUTHENTICATED, INVALID_CREDENTIALS) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Không có quyền, hoặc thiếu mã chống giả mạo (CSRF) / not allowed, or the CSRF token is missing (FORBIDDEN, CSRF_INVALID) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Nội dung gửi lên quá lớn / the body is too large (PAYLOAD_TOO_LARGE) */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Kiểu nội dung không được hỗ trợ / unsupported content type (UNSUPPORTED_MEDIA_TYPE) */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Dữ liệu không hợp lệ, không có gì được ghi / invalid data, nothing was written (VALIDATION_FAILED, REPORT_TEMPLATE_INVALID, FILE_UNREADABLE) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Lỗi nội bộ máy chủ / internal server error (INTERNAL, PDF_FAILED) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/products": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Sản phẩm CĐS theo đơn vị, năm, trạng thái, với số đếm theo trạng thái và cấp / DX products by unit, year and state, with counts by state and level */
        get: {
            parameters: {
                query?: {
                    unit?: string;
                    year?: number;
                    state?: "registered" | "in_progress" | "completed" | "evaluated" | "withdrawn";
                    overdue?: boolean;
                    limit?: number;
                    offset?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Thành công / OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            total: number;
                            limit: number;
                            offset: number;
                            counts: {
                                registered: number;
                                completed: number;
                                overdue: number;
                                byState: {
                                    registered: number;
                                    in_progress: number;
                                    completed: number;
                                    evaluated: number;
                                    withdrawn: number;
                                };
                                byLevel: {
                                    province: {
                                        registered: number;
                                        completed: number;
                                    };
                                    district: {
                                        registered: number;
                                        completed: number;
                                    };
                                    commune: {
                                        registered: number;
                                        completed: number;
                                    };
                                    other: {
                                        registered: number;
                                        completed: number;
                                    };
                                };
                            };
                            items: {
                                id: number;
                                name: string;
                                /** @enum {string} */
                                kind: "platform" | "database" | "digitised_process" | "service";
                                owner: {
                                    unit: string;
                                    unitName: string;
                                    agency: string | null;
                                };
                                year: number;
                                targetDate: string;
                                description: string | null;
                                /** @enum {string} */
                                state: "registered" | "in_progress" | "completed" | "evaluated" | "withdrawn";
                                registeredOn: string;
                                startedOn: string | null;
                                completedOn: string | null;
                                evaluatedOn: string | null;
                                withdrawnOn: string | null;
                                evidence: {
                                    /** @enum {string} */
                                    kind: "document" | "link";
                                    number?: string;
                                    date?: string;
                                    issuer?: string;
                                    summary?: string;
                                    url?: string;
                                    title?: string;
                                }[];
                                evaluation: {
                                    grade: string;
                                    score: number | null;
                                    comment: string;
                                } | null;
                                indicators: {
                                    code: string;
                                    name: string;
                                }[];
                                overdue: boolean;
                                daysOverdue: number;
                                simulated: boolean;
                                abilities: {
                                    edit: boolean;
                                    start: boolean;
                                    complete: boolean;
                                    evaluate: boolean;
                                    withdraw: boolean;
                                };
                            }[];
                        };
                    };
                };
                /** @description Yêu cầu sai: tham số, trường hoặc nội dung không hợp lệ / a bad request: a parameter, field or body that fails its schema (BAD_REQUEST, INVALID_DATE, INVALID_JSON) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Chưa đăng nhập, phiên hết hạn hoặc sai thông tin đăng nhập / no caller, an expired session, or wrong credentials (UNAUTHENTICATED, INVALID_CREDENTIALS) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Không có quyền, hoặc thiếu mã chống giả mạo (CSRF) / not allowed, or the CSRF token is missing (FORBIDDEN, CSRF_INVALID) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Không tìm thấy / not found (NOT_FOUND, UNIT_NOT_FOUND, FRAMEWORK_NOT_FOUND, EDITION_NOT_FOUND, SCORE_RUN_NOT_FOUND, INDICATOR_NOT_FOUND, PLAN_NOT_FOUND, REPORT_TEMPLATE_NOT_FOUND, JOB_NOT_FOUND, REPORT_NOT_FOUND, RECORD_NOT_FOUND, ROUTE_NOT_FOUND) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Lỗi nội bộ máy chủ / internal server error (INTERNAL, PDF_FAILED) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        put?: never;
        /** Đăng ký một sản phẩm CĐS của đơn vị cho năm / register a DX product of a unit for the year */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        /** @enum {string} */
                        kind: "platform" | "database" | "digitised_process" | "service";
                        ownerUnit: string;
                        agency?: string;
                        year: number;
                        /** Format: calendar-date */
                        targetDate: string;
                        /** Format: calendar-date */
                        registeredOn?: string;
                        indicators?: string[];
                        description?: string;
                    };
                };
            };
            responses: {
                /** @description Đã tạo / created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            name: string;
                            /** @enum {string} */
                            kind: "platform" | "database" | "digitised_process" | "service";
                            owner: {
                                unit: string;
                                unitName: string;
                                agency: string | null;
                            };
                            year: number;
                            targetDate: string;
                            description: string | null;
                            /** @enum {string} */
                            state: "registered" | "in_progress" | "completed" | "evaluated" | "withdrawn";
                            registeredOn: string;
                            startedOn: string | null;
                            completedOn: string | null;
                            evaluatedOn: string | null;
                            withdrawnOn: string | null;
                            evidence: {
                                /** @enum {string} */
                                kind: "document" | "link";
                                number?: string;
                                date?: string;
                                issuer?: string;
                                summary?: string;
                                url?: string;
                                title?: string;
                            }[];
                            evaluation: {
                                grade: string;
                                score: number | null;
                                comment: string;
                            } | null;
                            indicators: {
                                code: string;
                                name: string;
                            }[];
                            overdue: boolean;
                            daysOverdue: number;
                            simulated: boolean;
                            abilities: {
                                edit: boolean;
                                start: boolean;
                                complete: boolean;
                                evaluate: boolean;
                                withdraw: boolean;
                            };
                        };
                    };
                };
                /** @description Yêu cầu sai: tham số, trường hoặc nội dung không hợp lệ / a bad request: a parameter, field or body that fails its schema (BAD_REQUEST, INVALID_DATE, INVALID_JSON) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Chưa đăng nhập, phiên hết hạn hoặc sai thông tin đăng nhập / no caller, an expired session, or wrong credentials (UNAUTHENTICATED, INVALID_CREDENTIALS) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Không có quyền, hoặc thiếu mã chống giả mạo (CSRF) / not allowed, or the CSRF token is missing (FORBIDDEN, CSRF_INVALID) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Nội dung gửi lên quá lớn / the body is too large (PAYLOAD_TOO_LARGE) */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Kiểu nội dung không được hỗ trợ / unsupported content type (UNSUPPORTED_MEDIA_TYPE) */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Dữ liệu không hợp lệ, không có gì được ghi / invalid data, nothing was written (VALIDATION_FAILED, REPORT_TEMPLATE_INVALID, FILE_UNREADABLE) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Lỗi nội bộ máy chủ / internal server error (INTERNAL, PDF_FAILED) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/products/overdue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Sản phẩm CĐS quá hạn (đôn đốc) tính đến hôm nay / DX products overdue as of today */
        get: {
            parameters: {
                query?: {
                    unit?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Thành công / OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            today: string;
                            items: {
                                id: number;
                                name: string;
                                ownerUnit: string;
                                agency: string | null;
                                targetDate: string;
                                /** @enum {string} */
                                state: "registered" | "in_progress" | "completed" | "evaluated" | "withdrawn";
                                daysOverdue: number;
                            }[];
                        };
                    };
                };
                /** @description Yêu cầu sai: tham số, trường hoặc nội dung không hợp lệ / a bad request: a parameter, field or body that fails its schema (BAD_REQUEST, INVALID_DATE, INVALID_JSON) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Chưa đăng nhập, phiên hết hạn hoặc sai thông tin đăng nhập / no caller, an expired session, or wrong credentials (UNAUTHENTICATED, INVALID_CREDENTIALS) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Không có quyền, hoặc thiếu mã chống giả mạo (CSRF) / not allowed, or the CSRF token is missing (FORBIDDEN, CSRF_INVALID) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Không tìm thấy / not found (NOT_FOUND, UNIT_NOT_FOUND, FRAMEWORK_NOT_FOUND, EDITION_NOT_FOUND, SCORE_RUN_NOT_FOUND, INDICATOR_NOT_FOUND, PLAN_NOT_FOUND, REPORT_TEMPLATE_NOT_FOUND, JOB_NOT_FOUND, REPORT_NOT_FOUND, RECORD_NOT_FOUND, ROUTE_NOT_FOUND) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Lỗi nội bộ máy chủ / internal server error (INTERNAL, PDF_FAILED) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/products/units-without-product": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Đơn vị chưa có sản phẩm CĐS trong năm (mỗi đơn vị ít nhất một sản phẩm) / units with no DX product for the year */
        get: {
            parameters: {
                query: {
                    unit: string;
                    year: number;
                    level?: "district" | "commune";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Thành công / OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            unit: string;
                            year: number;
                            /** @enum {string} */
                            level: "district" | "commune";
                            at: string;
                            total: number;
                            withProduct: number;
                            units: {
                                code: string;
                                name: string;
                            }[];
                            agencies: {
                                /** @enum {boolean} */
                                knowable: false;
                                registered: string[];
                                note: string;
                            };
                        };
                    };
                };
                /** @description Yêu cầu sai: tham số, trường hoặc nội dung không hợp lệ / a bad request: a parameter, field or body that fails its schema (BAD_REQUEST, INVALID_DATE, INVALID_JSON) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Chưa đăng nhập, phiên hết hạn hoặc sai thông tin đăng nhập / no caller, an expired session, or wrong credentials (UNAUTHENTICATED, INVALID_CREDENTIALS) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Không có quyền, hoặc thiếu mã chống giả mạo (CSRF) / not allowed, or the CSRF token is missing (FORBIDDEN, CSRF_INVALID) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Không tìm thấy / not found (NOT_FOUND, UNIT_NOT_FOUND, FRAMEWORK_NOT_FOUND, EDITION_NOT_FOUND, SCORE_RUN_NOT_FOUND, INDICATOR_NOT_FOUND, PLAN_NOT_FOUND, REPORT_TEMPLATE_NOT_FOUND, JOB_NOT_FOUND, REPORT_NOT_FOUND, RECORD_NOT_FOUND, ROUTE_NOT_FOUND) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Lỗi nội bộ máy chủ / internal server error (INTERNAL, PDF_FAILED) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/products/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Một sản phẩm CĐS: các bước, minh chứng, chỉ tiêu tác động / one DX product: its steps, evidence and indicators */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Thành công / OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            name: string;
                            /** @enum {string} */
                            kind: "platform" | "database" | "digitised_process" | "service";
                            owner: {
                                unit: string;
                                unitName: string;
                                agency: string | null;
                            };
                            year: number;
                            targetDate: string;
                            description: string | null;
                            /** @enum {string} */
                            state: "registered" | "in_progress" | "completed" | "evaluated" | "withdrawn";
                            registeredOn: string;
                            startedOn: string | null;
                            completedOn: string | null;
                            evaluatedOn: string | null;
                            withdrawnOn: string | null;
                            evidence: {
                                /** @enum {string} */
                                kind: "document" | "link";
                                number?: string;
                                date?: string;
                                issuer?: string;
                                summary?: string;
                                url?: string;
                                title?: string;
                            }[];
                            evaluation: {
                                grade: string;
                                score: number | null;
                                comment: string;
                            } | null;
                            indicators: {
                                code: string;
                                name: string;
                            }[];
                            overdue: boolean;
                            daysOverdue: number;
                            simulated: boolean;
                            abilities: {
                                edit: boolean;
                                start: boolean;
                                complete: boolean;
                                evaluate: boolean;
                                withdraw: boolean;
                            };
                            steps: {
                                action: string;
                                from: string | null;
                                to: string;
                                on: string;
                                note: string | null;
                                by: string;
                                at: string;
                            }[];
                        };
                    };
                };
                /** @description Yêu cầu sai: tham số, trường hoặc nội dung không hợp lệ / a bad request: a parameter, field or body that fails its schema (BAD_REQUEST, INVALID_DATE, INVALID_JSON) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Chưa đăng nhập, phiên hết hạn hoặc sai thông tin đăng nhập / no caller, an expired session, or wrong credentials (UNAUTHENTICATED, INVALID_CREDENTIALS) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Không có quyền, hoặc thiếu mã chống giả mạo (CSRF) / not allowed, or the CSRF token is missing (FORBIDDEN, CSRF_INVALID) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Không tìm thấy / not found (NOT_FOUND, UNIT_NOT_FOUND, FRAMEWORK_NOT_FOUND, EDITION_NOT_FOUND, SCORE_RUN_NOT_FOUND, INDICATOR_NOT_FOUND, PLAN_NOT_FOUND, REPORT_TEMPLATE_NOT_FOUND, JOB_NOT_FOUND, REPORT_NOT_FOUND, RECORD_NOT_FOUND, ROUTE_NOT_FOUND) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Lỗi nội bộ máy chủ / internal server error (INTERNAL, PDF_FAILED) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Sửa một sản phẩm CĐS chưa hoàn thành / edit a DX product not yet completed */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name?: string;
                        /** @enum {string} */
                        kind?: "platform" | "database" | "digitised_process" | "service";
                        ownerUnit?: string;
                        agency?: string | null;
                        year?: number;
                        /** Format: calendar-date */
                        targetDate?: string;
                        indicators?: string[];
                        description?: string | null;
                    };
                };
            };
            responses: {
                /** @description Thành công / OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            name: string;
                            /** @enum {string} */
                            kind: "platform" | "database" | "digitised_process" | "service";
                            owner: {
                                unit: string;
                                unitName: string;
                                agency: string | null;
                            };
                            year: number;
                            targetDate: string;
                            description: string | null;
                            /** @enum {string} */
                            state: "registered" | "in_progress" | "completed" | "evaluated" | "withdrawn";
                            registeredOn: string;
                            startedOn: string | null;
                            completedOn: string | null;
                            evaluatedOn: string | null;
                            withdrawnOn: string | null;
                            evidence: {
                                /** @enum {string} */
                                kind: "document" | "link";
                                number?: string;
                                date?: string;
                                issuer?: string;
                                summary?: string;
                                url?: string;
                                title?: string;
                            }[];
                            evaluation: {
                                grade: string;
                                score: number | null;
                                comment: string;
                            } | null;
                            indicators: {
                                code: string;
                                name: string;
                            }[];
                            overdue: boolean;
                            daysOverdue: number;
                            simulated: boolean;
                            abilities: {
                                edit: boolean;
                                start: boolean;
                                complete: boolean;
                                evaluate: boolean;
                                withdraw: boolean;
                            };
                        };
                    };
                };
                /** @description Yêu cầu sai: tham số, trường hoặc nội dung không hợp lệ / a bad request: a parameter, field or body that fails its schema (BAD_REQUEST, INVALID_DATE, INVALID_JSON) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Chưa đăng nhập, phiên hết hạn hoặc sai thông tin đăng nhập / no caller, an expired session, or wrong credentials (UNAUTHENTICATED, INVALID_CREDENTIALS) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Không có quyền, hoặc thiếu mã chống giả mạo (CSRF) / not allowed, or the CSRF token is missing (FORBIDDEN, CSRF_INVALID) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Không tìm thấy / not found (NOT_FOUND, UNIT_NOT_FOUND, FRAMEWORK_NOT_FOUND, EDITION_NOT_FOUND, SCORE_RUN_NOT_FOUND, INDICATOR_NOT_FOUND, PLAN_NOT_FOUND, REPORT_TEMPLATE_NOT_FOUND, JOB_NOT_FOUND, REPORT_NOT_FOUND, RECORD_NOT_FOUND, ROUTE_NOT_FOUND) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Xung đột với trạng thái đã lưu / conflicts with the stored state (CONFLICT, SELF_LOCKOUT, LOCKED, INVALID_TRANSITION, REPORT_NOT_READY) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Nội dung gửi lên quá lớn / the body is too large (PAYLOAD_TOO_LARGE) */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Kiểu nội dung không được hỗ trợ / unsupported content type (UNSUPPORTED_MEDIA_TYPE) */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Dữ liệu không hợp lệ, không có gì được ghi / invalid data, nothing was written (VALIDATION_FAILED, REPORT_TEMPLATE_INVALID, FILE_UNREADABLE) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Lỗi nội bộ máy chủ / internal server error (INTERNAL, PDF_FAILED) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/products/{id}/transitions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Một bước của sản phẩm CĐS: bắt đầu, hoàn thành (có minh chứng), đánh giá, rút đăng ký / a step of a DX product: start, complete with evidence, evaluate, withdraw */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        action: "start" | "complete" | "evaluate" | "withdraw";
                        /** Format: calendar-date */
                        on?: string;
                        note?: string;
                        evidence?: {
                            /** @enum {string} */
                            kind: "document" | "link";
                            number?: string;
                            /** Format: calendar-date */
                            date?: string;
                            issuer?: string;
                            summary?: string;
                            url?: string;
                            title?: string;
                        }[];
                        /** @enum {string} */
                        grade?: "excellent" | "good" | "pass" | "fail";
                        score?: number | null;
                        comment?: string;
                    };
                };
            };
            responses: {
                /** @description Thành công / OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            name: string;
                            /** @enum {string} */
                            kind: "platform" | "database" | "digitised_process" | "service";
                            owner: {
                                unit: string;
                                unitName: string;
                                agency: string | null;
                            };
                            year: number;
                            targetDate: string;
                            description: string | null;
                            /** @enum {string} */
                            state: "registered" | "in_progress" | "completed" | "evaluated" | "withdrawn";
                            registeredOn: string;
                            startedOn: string | null;
                            completedOn: string | null;
                            evaluatedOn: string | null;
                            withdrawnOn: string | null;
                            evidence: {
                                /** @enum {string} */
                                kind: "document" | "link";
                                number?: string;
                                date?: string;
                                issuer?: string;
                                summary?: string;
                                url?: string;
                                title?: string;
                            }[];
                            evaluation: {
                                grade: string;
                                score: number | null;
                                comment: string;
                            } | null;
                            indicators: {
                                code: string;
                                name: string;
                            }[];
                            overdue: boolean;
                            daysOverdue: number;
                            simulated: boolean;
                            abilities: {
                                edit: boolean;
                                start: boolean;
                                complete: boolean;
                                evaluate: boolean;
                                withdraw: boolean;
                            };
                        };
                    };
                };
                /** @description Yêu cầu sai: tham số, trường hoặc nội dung không hợp lệ / a bad request: a parameter, field or body that fails its schema (BAD_REQUEST, INVALID_DATE, INVALID_JSON) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Chưa đăng nhập, phiên hết hạn hoặc sai thông tin đăng nhập / no caller, an expired session, or wrong credentials (UNAUTHENTICATED, INVALID_CREDENTIALS) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Không có quyền, hoặc thiếu mã chống giả mạo (CSRF) / not allowed, or the CSRF token is missing (FORBIDDEN, CSRF_INVALID) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Không tìm thấy / not found (NOT_FOUND, UNIT_NOT_FOUND, FRAMEWORK_NOT_FOUND, EDITION_NOT_FOUND, SCORE_RUN_NOT_FOUND, INDICATOR_NOT_FOUND, PLAN_NOT_FOUND, REPORT_TEMPLATE_NOT_FOUND, JOB_NOT_FOUND, REPORT_NOT_FOUND, RECORD_NOT_FOUND, ROUTE_NOT_FOUND) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Xung đột với trạng thái đã lưu / conflicts with the stored state (CONFLICT, SELF_LOCKOUT, LOCKED, INVALID_TRANSITION, REPORT_NOT_READY) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Nội dung gửi lên quá lớn / the body is too large (PAYLOAD_TOO_LARGE) */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Kiểu nội dung không được hỗ trợ / unsupported content type (UNSUPPORTED_MEDIA_TYPE) */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Dữ liệu không hợp lệ, không có gì được ghi / invalid data, nothing was written (VALIDATION_FAILED, REPORT_TEMPLATE_INVALID, FILE_UNREADABLE) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Lỗi nội bộ máy chủ / internal server error (INTERNAL, PDF_FAILED) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/feedback/reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Phản ánh hiện trường của một đơn vị (cả cấp dưới) trong kỳ, lọc theo trạng thái, loại, quá hạn / a unit’s feedback queue */
        get: {
            parameters: {
                query: {
                    unit: string;
                    /** @description Kỳ: 2025, 2025S2, 2025Q3, 202508 */
                    period: string;
                    /** @description now (mặc định): theo cây hiện hành; was: như khi đó */
                    view?: "was" | "now";
                    state?: "moderation" | "new" | "acknowledged" | "in_progress" | "handled" | "rejected" | "spam";
                    category?: string;
                    /** @description Chỉ phản ánh quá hạn / overdue only */
                    overdue?: boolean;
                    limit?: number;
                    offset?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Thành công / OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            unit: {
                                code: string;
                                name: string;
                            };
                            period: string;
                            /**
                             * @description now (mặc định): theo cây hiện hành; was: như khi đó
                             * @enum {string}
                             */
                            view: "was" | "now";
                            total: number;
                            limit: number;
                            offset: number;
                            items: {
                                id: number;
                                category: string;
                                categoryName: string;
                                description: string;
                                lat: number | null;
                                long: number | null;
                                address: string | null;
                                unit: string;
                                unitName: string;
                                /** @enum {string} */
                                state: "moderation" | "new" | "acknowledged" | "in_progress" | "handled" | "rejected" | "spam";
                                stateLabel: string;
                                filedAt: string;
                                dueAt: string;
                                handledAt: string | null;
                                answer: string | null;
                                rejectReason: string | null;
                                onTime: boolean | null;
                                overdue: boolean;
                                rating: number | null;
                                mediaUrls: string[];
                                updatedAt: string;
                                /** @description Dữ liệu mô phỏng của bản trình diễn / invented for the demo */
                                simulated: boolean;
                            }[];
                        };
                    };
                };
                /** @description Yêu cầu sai: tham số, trường hoặc nội dung không hợp lệ / a bad request: a parameter, field or body that fails its schema (BAD_REQUEST, INVALID_DATE, INVALID_JSON) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Chưa đăng nhập, phiên hết hạn hoặc sai thông tin đăng nhập / no caller, an expired session, or wrong credentials (UNAUTHENTICATED, INVALID_CREDENTIALS) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Không có quyền, hoặc thiếu mã chống giả mạo (CSRF) / not allowed, or the CSRF token is missing (FORBIDDEN, CSRF_INVALID) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Không tìm thấy / not found (NOT_FOUND, UNIT_NOT_FOUND, FRAMEWORK_NOT_FOUND, EDITION_NOT_FOUND, SCORE_RUN_NOT_FOUND, INDICATOR_NOT_FOUND, PLAN_NOT_FOUND, REPORT_TEMPLATE_NOT_FOUND, JOB_NOT_FOUND, REPORT_NOT_FOUND, RECORD_NOT_FOUND, ROUTE_NOT_FOUND) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Lỗi nội bộ máy chủ / internal server error (INTERNAL, PDF_FAILED) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        put?: never;
        /** Cán bộ tiếp nhận một phản ánh (qua điện thoại, trực tiếp) / staff file a report on a citizen’s behalf */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        category: string;
                        description: string;
                        lat?: number | null;
                        long?: number | null;
                        address?: string | null;
                        /** @description Xã, phường người dân chọn (khi không có vị trí) / the chosen commune */
                        unit?: string | null;
                        reporterName?: string | null;
                        reporterContact?: string | null;
                        /** @description Ẩn tên cả với đơn vị xử lý / hide the name from the handling unit too */
                        hideName?: boolean;
                        mediaUrls?: string[];
                        /** @description Chỉ hệ thống được ủy quyền / trusted clients only */
                        filedAt?: string | null;
                    };
                };
            };
            responses: {
                /** @description Thành công / OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            /** @enum {string} */
                            state: "moderation" | "new" | "acknowledged" | "in_progress" | "handled" | "rejected" | "spam";
                            unit: string;
                            dueAt: string;
                            /** @description Mã bí mật để theo dõi và đánh giá (chỉ hiện một lần) / the secret to follow and rate (shown once) */
                            token: string;
                        };
                    };
                };
                /** @description Yêu cầu sai: tham số, trường hoặc nội dung không hợp lệ / a bad request: a parameter, field or body that fails its schema (BAD_REQUEST, INVALID_DATE, INVALID_JSON) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Chưa đăng nhập, phiên hết hạn hoặc sai thông tin đăng nhập / no caller, an expired session, or wrong credentials (UNAUTHENTICATED, INVALID_CREDENTIALS) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Không có quyền, hoặc thiếu mã chống giả mạo (CSRF) / not allowed, or the CSRF token is missing (FORBIDDEN, CSRF_INVALID) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Nội dung gửi lên quá lớn / the body is too large (PAYLOAD_TOO_LARGE) */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Kiểu nội dung không được hỗ trợ / unsupported content type (UNSUPPORTED_MEDIA_TYPE) */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Dữ liệu không hợp lệ, không có gì được ghi / invalid data, nothing was written (VALIDATION_FAILED, REPORT_TEMPLATE_INVALID, FILE_UNREADABLE) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Lỗi nội bộ máy chủ / internal server error (INTERNAL, PDF_FAILED) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/feedback/reports/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Một phản ánh và lịch sử xử lý; thông tin người phản ánh chỉ cho người có quyền / one report and its history */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Thành công / OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            category: string;
                            categoryName: string;
                            description: string;
                            lat: number | null;
                            long: number | null;
                            address: string | null;
                            unit: string;
                            unitName: string;
                            /** @enum {string} */
                            state: "moderation" | "new" | "acknowledged" | "in_progress" | "handled" | "rejected" | "spam";
                            stateLabel: string;
                            filedAt: string;
                            dueAt: string;
                            handledAt: string | null;
                            answer: string | null;
                            rejectReason: string | null;
                            onTime: boolean | null;
                            overdue: boolean;
                            rating: number | null;
                            mediaUrls: string[];
                            updatedAt: string;
                            /** @description Dữ liệu mô phỏng của bản trình diễn / invented for the demo */
                            simulated: boolean;
                            source: string;
                            client: string | null;
                            reporterName: string | null;
                            reporterContact: string | null;
                            personalShown: boolean;
                            history: {
                                action: string;
                                actionLabel: string;
                                fromState: string | null;
                                toState: string;
                                fromUnit: string | null;
                                toUnit: string;
                                toUnitName: string;
                                note: string | null;
                                actor: string;
                                at: string;
                            }[];
                        };
                    };
                };
                /** @description Yêu cầu sai: tham số, trường hoặc nội dung không hợp lệ / a bad request: a parameter, field or body that fails its schema (BAD_REQUEST, INVALID_DATE, INVALID_JSON) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Chưa đăng nhập, phiên hết hạn hoặc sai thông tin đăng nhập / no caller, an expired session, or wrong credentials (UNAUTHENTICATED, INVALID_CREDENTIALS) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Không có quyền, hoặc thiếu mã chống giả mạo (CSRF) / not allowed, or the CSRF token is missing (FORBIDDEN, CSRF_INVALID) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Không tìm thấy / not found (NOT_FOUND, UNIT_NOT_FOUND, FRAMEWORK_NOT_FOUND, EDITION_NOT_FOUND, SCORE_RUN_NOT_FOUND, INDICATOR_NOT_FOUND, PLAN_NOT_FOUND, REPORT_TEMPLATE_NOT_FOUND, JOB_NOT_FOUND, REPORT_NOT_FOUND, RECORD_NOT_FOUND, ROUTE_NOT_FOUND) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Lỗi nội bộ máy chủ / internal server error (INTERNAL, PDF_FAILED) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/feedback/reports/{id}/actions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Kiểm duyệt, tiếp nhận, xử lý (trả lời công khai), từ chối, chuyển đơn vị / a step on a report */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        action: "approve" | "mark_spam" | "acknowledge" | "start" | "handle" | "reject" | "transfer";
                        /** @description handle: câu trả lời công khai; reject: lý do / the public answer; the reason */
                        note?: string;
                        /** @description transfer: đơn vị nhận / the receiving unit */
                        unit?: string;
                    };
                };
            };
            responses: {
                /** @description Thành công / OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            /** @enum {string} */
                            state: "moderation" | "new" | "acknowledged" | "in_progress" | "handled" | "rejected" | "spam";
                            unit: string;
                        };
                    };
                };
                /** @description Yêu cầu sai: tham số, trường hoặc nội dung không hợp lệ / a bad request: a parameter, field or body that fails its schema (BAD_REQUEST, INVALID_DATE, INVALID_JSON) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Chưa đăng nhập, phiên hết hạn hoặc sai thông tin đăng nhập / no caller, an expired session, or wrong credentials (UNAUTHENTICATED, INVALID_CREDENTIALS) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Không có quyền, hoặc thiếu mã chống giả mạo (CSRF) / not allowed, or the CSRF token is missing (FORBIDDEN, CSRF_INVALID) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Không tìm thấy / not found (NOT_FOUND, UNIT_NOT_FOUND, FRAMEWORK_NOT_FOUND, EDITION_NOT_FOUND, SCORE_RUN_NOT_FOUND, INDICATOR_NOT_FOUND, PLAN_NOT_FOUND, REPORT_TEMPLATE_NOT_FOUND, JOB_NOT_FOUND, REPORT_NOT_FOUND, RECORD_NOT_FOUND, ROUTE_NOT_FOUND) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Xung đột với trạng thái đã lưu / conflicts with the stored state (CONFLICT, SELF_LOCKOUT, LOCKED, INVALID_TRANSITION, REPORT_NOT_READY) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Nội dung gửi lên quá lớn / the body is too large (PAYLOAD_TOO_LARGE) */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Kiểu nội dung không được hỗ trợ / unsupported content type (UNSUPPORTED_MEDIA_TYPE) */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Dữ liệu không hợp lệ, không có gì được ghi / invalid data, nothing was written (VALIDATION_FAILED, REPORT_TEMPLATE_INVALID, FILE_UNREADABLE) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Lỗi nội bộ máy chủ / internal server error (INTERNAL, PDF_FAILED) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/feedback/kpis": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Kết quả xử lý phản ánh theo đơn vị và xếp hạng (đủ số phản ánh tối thiểu) / handling KPIs per unit and the ranking */
        get: {
            parameters: {
                query: {
                    unit: string;
                    /** @description Kỳ: 2025, 2025S2, 2025Q3, 202508 */
                    period: string;
                    /** @description now (mặc định): theo cây hiện hành; was: như khi đó */
                    view?: "was" | "now";
                    /** @description Số phản ánh tối thiểu để xếp hạng (mặc định 10) */
                    minReports?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Thành công / OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            unit: {
                                code: string;
                                name: string;
                            };
                            period: string;
                            /**
                             * @description now (mặc định): theo cây hiện hành; was: như khi đó
                             * @enum {string}
                             */
                            view: "was" | "now";
                            minReports: number;
                            total: {
                                received: number;
                                handled: number;
                                onTime: number;
                                overdue: number;
                                handledRate: number | null;
                                onTimeRate: number | null;
                            };
                            items: {
                                unit: string;
                                unitName: string;
                                received: number;
                                handled: number;
                                handledRate: number | null;
                                onTime: number;
                                onTimeRate: number | null;
                                overdue: number;
                                handlingHours: number | null;
                                ratings: number;
                                satisfiedRate: number | null;
                                averageRating: number | null;
                                /** @description Đủ số phản ánh tối thiểu để xếp hạng / enough reports to be ranked */
                                ranked: boolean;
                                rank: number | null;
                            }[];
                        };
                    };
                };
                /** @description Yêu cầu sai: tham số, trường hoặc nội dung không hợp lệ / a bad request: a parameter, field or body that fails its schema (BAD_REQUEST, INVALID_DATE, INVALID_JSON) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Chưa đăng nhập, phiên hết hạn hoặc sai thông tin đăng nhập / no caller, an expired session, or wrong credentials (UNAUTHENTICATED, INVALID_CREDENTIALS) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Không có quyền, hoặc thiếu mã chống giả mạo (CSRF) / not allowed, or the CSRF token is missing (FORBIDDEN, CSRF_INVALID) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Không tìm thấy / not found (NOT_FOUND, UNIT_NOT_FOUND, FRAMEWORK_NOT_FOUND, EDITION_NOT_FOUND, SCORE_RUN_NOT_FOUND, INDICATOR_NOT_FOUND, PLAN_NOT_FOUND, REPORT_TEMPLATE_NOT_FOUND, JOB_NOT_FOUND, REPORT_NOT_FOUND, RECORD_NOT_FOUND, ROUTE_NOT_FOUND) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Lỗi nội bộ máy chủ / internal server error (INTERNAL, PDF_FAILED) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/feedback/points": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Vị trí các phản ánh của kỳ cho bản đồ, theo trạng thái / the reports as map points */
        get: {
            parameters: {
                query: {
                    unit: string;
                    /** @description Kỳ: 2025, 2025S2, 2025Q3, 202508 */
                    period: string;
                    /** @description now (mặc định): theo cây hiện hành; was: như khi đó */
                    view?: "was" | "now";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Thành công / OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            unit: {
                                code: string;
                                name: string;
                            };
                            period: string;
                            /**
                             * @description now (mặc định): theo cây hiện hành; was: như khi đó
                             * @enum {string}
                             */
                            view: "was" | "now";
                            items: {
                                id: number;
                                lat: number;
                                long: number;
                                state: string;
                                category: string;
                                overdue: boolean;
                                simulated: boolean;
                            }[];
                        };
                    };
                };
                /** @description Yêu cầu sai: tham số, trường hoặc nội dung không hợp lệ / a bad request: a parameter, field or body that fails its schema (BAD_REQUEST, INVALID_DATE, INVALID_JSON) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Chưa đăng nhập, phiên hết hạn hoặc sai thông tin đăng nhập / no caller, an expired session, or wrong credentials (UNAUTHENTICATED, INVALID_CREDENTIALS) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Không có quyền, hoặc thiếu mã chống giả mạo (CSRF) / not allowed, or the CSRF token is missing (FORBIDDEN, CSRF_INVALID) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Không tìm thấy / not found (NOT_FOUND, UNIT_NOT_FOUND, FRAMEWORK_NOT_FOUND, EDITION_NOT_FOUND, SCORE_RUN_NOT_FOUND, INDICATOR_NOT_FOUND, PLAN_NOT_FOUND, REPORT_TEMPLATE_NOT_FOUND, JOB_NOT_FOUND, REPORT_NOT_FOUND, RECORD_NOT_FOUND, ROUTE_NOT_FOUND) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Lỗi nội bộ máy chủ / internal server error (INTERNAL, PDF_FAILED) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/geo/boundaries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Ranh giới các đơn vị trực thuộc một đơn vị, hoặc của một cấp, tại một ngày (GeoJSON) / boundaries of a unit’s children, or of a level, on a date (GeoJSON) */
        get: {
            parameters: {
                query?: {
                    parent?: string;
                    level?: "province" | "district" | "commune";
                    at?: string;
                    detail?: "low" | "medium" | "high";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Thành công / OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            type: "FeatureCollection";
                            layers: {
                                level: string;
                                validFrom: string;
                                validTo: string | null;
                                sourceName: string;
                                featureCount: number;
                                importedBy: string;
                                importedAt: string;
                            }[];
                            missing: string[];
                            features: {
                                /** @enum {string} */
                                type: "Feature";
                                properties: {
                                    code?: string;
                                    name?: string | null;
                                };
                                geometry: {
                                    /** @enum {string} */
                                    type?: "Polygon" | "MultiPolygon";
                                    coordinates?: unknown[];
                                };
                            }[];
                        };
                    };
                };
                /** @description Yêu cầu sai: tham số, trường hoặc nội dung không hợp lệ / a bad request: a parameter, field or body that fails its schema (BAD_REQUEST, INVALID_DATE, INVALID_JSON) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Chưa đăng nhập, phiên hết hạn hoặc sai thông tin đăng nhập / no caller, an expired session, or wrong credentials (UNAUTHENTICATED, INVALID_CREDENTIALS) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Không tìm thấy / not found (NOT_FOUND, UNIT_NOT_FOUND, FRAMEWORK_NOT_FOUND, EDITION_NOT_FOUND, SCORE_RUN_NOT_FOUND, INDICATOR_NOT_FOUND, PLAN_NOT_FOUND, REPORT_TEMPLATE_NOT_FOUND, JOB_NOT_FOUND, REPORT_NOT_FOUND, RECORD_NOT_FOUND, ROUTE_NOT_FOUND) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Lỗi nội bộ máy chủ / internal server error (INTERNAL, PDF_FAILED) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/geo/layers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Các lớp ranh giới đã nạp / the imported boundary layers */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Thành công / OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                level: string;
                                validFrom: string;
                                validTo: string | null;
                                sourceName: string;
                                featureCount: number;
                                importedBy: string;
                                importedAt: string;
                            }[];
                        };
                    };
                };
                /** @description Yêu cầu sai: tham số, trường hoặc nội dung không hợp lệ / a bad request: a parameter, field or body that fails its schema (BAD_REQUEST, INVALID_DATE, INVALID_JSON) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Chưa đăng nhập, phiên hết hạn hoặc sai thông tin đăng nhập / no caller, an expired session, or wrong credentials (UNAUTHENTICATED, INVALID_CREDENTIALS) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Lỗi nội bộ máy chủ / internal server error (INTERNAL, PDF_FAILED) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/changes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Mã thay đổi: đổi khi có số liệu hoặc thay đổi mới / the change token: moves with every write */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Thành công / OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            token: string;
                            changedAt: string | null;
                        };
                    };
                };
                /** @description Yêu cầu sai: tham số, trường hoặc nội dung không hợp lệ / a bad request: a parameter, field or body that fails its schema (BAD_REQUEST, INVALID_DATE, INVALID_JSON) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Chưa đăng nhập, phiên hết hạn hoặc sai thông tin đăng nhập / no caller, an expired session, or wrong credentials (UNAUTHENTICATED, INVALID_CREDENTIALS) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Lỗi nội bộ máy chủ / internal server error (INTERNAL, PDF_FAILED) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/follow-ups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Các mục tiêu đang được theo dõi (có nguy cơ, chưa đạt): giải trình, chỉ đạo, quá hạn / follow-ups of targets at risk or not met */
        get: {
            parameters: {
                query?: {
                    plan?: string;
                    unit?: string;
                    state?: "open" | "explained" | "directed" | "in_progress" | "closed";
                    overdue?: boolean;
                    limit?: number;
                    offset?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Thành công / OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            total: number;
                            items: {
                                id: number;
                                plan: string;
                                indicator: {
                                    code: string;
                                    name: string;
                                    unitOfMeasure: string | null;
                                    decimals: number;
                                };
                                unit: {
                                    code: string;
                                    name: string;
                                };
                                period: string;
                                target: {
                                    value: number;
                                    comparison: string;
                                    status: string;
                                    statusLabel: {
                                        vi: string;
                                        en: string;
                                    };
                                    actual: number | null;
                                    gap: number | null;
                                };
                                /** @enum {string} */
                                state: "open" | "explained" | "directed" | "in_progress" | "closed";
                                stateLabel: {
                                    vi: string;
                                    en: string;
                                };
                                openedOn: string;
                                explainBy: string;
                                overdue: boolean;
                                closed: {
                                    at: string;
                                    by: string;
                                    /** @enum {string} */
                                    reason: "recovered" | "leader";
                                    note: string | null;
                                } | null;
                                explanations: {
                                    id: number;
                                    content: string;
                                    evidence: {
                                        kind?: string;
                                        number?: string;
                                        date?: string;
                                        issuer?: string;
                                        summary?: string;
                                        url?: string;
                                        title?: string;
                                    }[];
                                    by: string;
                                    at: string;
                                }[];
                                directives: {
                                    id: number;
                                    content: string;
                                    assignee: {
                                        code: string;
                                        name: string;
                                    };
                                    deadline: string;
                                    by: string;
                                    at: string;
                                    doneAt: string | null;
                                    overdue: boolean;
                                    canReport: boolean;
                                    progress: {
                                        id: number;
                                        content: string;
                                        done: boolean;
                                        evidence: {
                                            kind?: string;
                                            number?: string;
                                            date?: string;
                                            issuer?: string;
                                            summary?: string;
                                            url?: string;
                                            title?: string;
                                        }[];
                                        by: string;
                                        at: string;
                                    }[];
                                }[];
                                abilities: {
                                    explain: boolean;
                                    direct: boolean;
                                    close: boolean;
                                    progress: boolean;
                                };
                            }[];
                        };
                    };
                };
                /** @description Yêu cầu sai: tham số, trường hoặc nội dung không hợp lệ / a bad request: a parameter, field or body that fails its schema (BAD_REQUEST, INVALID_DATE, INVALID_JSON) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Chưa đăng nhập, phiên hết hạn hoặc sai thông tin đăng nhập / no caller, an expired session, or wrong credentials (UNAUTHENTICATED, INVALID_CREDENTIALS) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Không có quyền, hoặc thiếu mã chống giả mạo (CSRF) / not allowed, or the CSRF token is missing (FORBIDDEN, CSRF_INVALID) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Lỗi nội bộ máy chủ / internal server error (INTERNAL, PDF_FAILED) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/follow-ups/sync": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mở và đóng theo dõi theo tình trạng mục tiêu ngay bây giờ (lãnh đạo, quản trị) / open and close follow-ups from the targets now (leaders, admins) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Thành công / OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            skipped: boolean;
                            opened: number;
                            recovered: number;
                            refreshed: number;
                        };
                    };
                };
                /** @description Yêu cầu sai: tham số, trường hoặc nội dung không hợp lệ / a bad request: a parameter, field or body that fails its schema (BAD_REQUEST, INVALID_DATE, INVALID_JSON) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Chưa đăng nhập, phiên hết hạn hoặc sai thông tin đăng nhập / no caller, an expired session, or wrong credentials (UNAUTHENTICATED, INVALID_CREDENTIALS) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Không có quyền, hoặc thiếu mã chống giả mạo (CSRF) / not allowed, or the CSRF token is missing (FORBIDDEN, CSRF_INVALID) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Nội dung gửi lên quá lớn / the body is too large (PAYLOAD_TOO_LARGE) */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Kiểu nội dung không được hỗ trợ / unsupported content type (UNSUPPORTED_MEDIA_TYPE) */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Lỗi nội bộ máy chủ / internal server error (INTERNAL, PDF_FAILED) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/follow-ups/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Một theo dõi: mục tiêu, giải trình, chỉ đạo và tiến độ / one follow-up: the target, explanations, directives and progress */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Thành công / OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            plan: string;
                            indicator: {
                                code: string;
                                name: string;
                                unitOfMeasure: string | null;
                                decimals: number;
                            };
                            unit: {
                                code: string;
                                name: string;
                            };
                            period: string;
                            target: {
                                value: number;
                                comparison: string;
                                status: string;
                                statusLabel: {
                                    vi: string;
                                    en: string;
                                };
                                actual: number | null;
                                gap: number | null;
                            };
                            /** @enum {string} */
                            state: "open" | "explained" | "directed" | "in_progress" | "closed";
                            stateLabel: {
                                vi: string;
                                en: string;
                            };
                            openedOn: string;
                            explainBy: string;
                            overdue: boolean;
                            closed: {
                                at: string;
                                by: string;
                                /** @enum {string} */
                                reason: "recovered" | "leader";
                                note: string | null;
                            } | null;
                            explanations: {
                                id: number;
                                content: string;
                                evidence: {
                                    kind?: string;
                                    number?: string;
                                    date?: string;
                                    issuer?: string;
                                    summary?: string;
                                    url?: string;
                                    title?: string;
                                }[];
                                by: string;
                                at: string;
                            }[];
                            directives: {
                                id: number;
                                content: string;
                                assignee: {
                                    code: string;
                                    name: string;
                                };
                                deadline: string;
                                by: string;
                                at: string;
                                doneAt: string | null;
                                overdue: boolean;
                                canReport: boolean;
                                progress: {
                                    id: number;
                                    content: string;
                                    done: boolean;
                                    evidence: {
                                        kind?: string;
                                        number?: string;
                                        date?: string;
                                        issuer?: string;
                                        summary?: string;
                                        url?: string;
                                        title?: string;
                                    }[];
                                    by: string;
                                    at: string;
                                }[];
                            }[];
                            abilities: {
                                explain: boolean;
                                direct: boolean;
                                close: boolean;
                                progress: boolean;
                            };
                        };
                    };
                };
                /** @description Yêu cầu sai: tham số, trường hoặc nội dung không hợp lệ / a bad request: a parameter, field or body that fails its schema (BAD_REQUEST, INVALID_DATE, INVALID_JSON) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Chưa đăng nhập, phiên hết hạn hoặc sai thông tin đăng nhập / no caller, an expired session, or wrong credentials (UNAUTHENTICATED, INVALID_CREDENTIALS) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Không có quyền, hoặc thiếu mã chống giả mạo (CSRF) / not allowed, or the CSRF token is missing (FORBIDDEN, CSRF_INVALID) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Không tìm thấy / not found (NOT_FOUND, UNIT_NOT_FOUND, FRAMEWORK_NOT_FOUND, EDITION_NOT_FOUND, SCORE_RUN_NOT_FOUND, INDICATOR_NOT_FOUND, PLAN_NOT_FOUND, REPORT_TEMPLATE_NOT_FOUND, JOB_NOT_FOUND, REPORT_NOT_FOUND, RECORD_NOT_FOUND, ROUTE_NOT_FOUND) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Lỗi nội bộ máy chủ / internal server error (INTERNAL, PDF_FAILED) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/follow-ups/{id}/explanations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Đơn vị giải trình vì sao mục tiêu chưa đạt, kèm minh chứng / the unit explains why the target is missed, with evidence */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        content: string;
                        evidence?: {
                            /** @enum {string} */
                            kind: "document" | "link";
                            number?: string;
                            /** Format: calendar-date */
                            date?: string;
                            issuer?: string;
                            summary?: string;
                            url?: string;
                            title?: string;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Thành công / OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            plan: string;
                            indicator: {
                                code: string;
                                name: string;
                                unitOfMeasure: string | null;
                                decimals: number;
                            };
                            unit: {
                                code: string;
                                name: string;
                            };
                            period: string;
                            target: {
                                value: number;
                                comparison: string;
                                status: string;
                                statusLabel: {
                                    vi: string;
                                    en: string;
                                };
                                actual: number | null;
                                gap: number | null;
                            };
                            /** @enum {string} */
                            state: "open" | "explained" | "directed" | "in_progress" | "closed";
                            stateLabel: {
                                vi: string;
                                en: string;
                            };
                            openedOn: string;
                            explainBy: string;
                            overdue: boolean;
                            closed: {
                                at: string;
                                by: string;
                                /** @enum {string} */
                                reason: "recovered" | "leader";
                                note: string | null;
                            } | null;
                            explanations: {
                                id: number;
                                content: string;
                                evidence: {
                                    kind?: string;
                                    number?: string;
                                    date?: string;
                                    issuer?: string;
                                    summary?: string;
                                    url?: string;
                                    title?: string;
                                }[];
                                by: string;
                                at: string;
                            }[];
                            directives: {
                                id: number;
                                content: string;
                                assignee: {
                                    code: string;
                                    name: string;
                                };
                                deadline: string;
                                by: string;
                                at: string;
                                doneAt: string | null;
                                overdue: boolean;
                                canReport: boolean;
                                progress: {
                                    id: number;
                                    content: string;
                                    done: boolean;
                                    evidence: {
                                        kind?: string;
                                        number?: string;
                                        date?: string;
                                        issuer?: string;
                                        summary?: string;
                                        url?: string;
                                        title?: string;
                                    }[];
                                    by: string;
                                    at: string;
                                }[];
                            }[];
                            abilities: {
                                explain: boolean;
                                direct: boolean;
                                close: boolean;
                                progress: boolean;
                            };
                        };
                    };
                };
                /** @description Yêu cầu sai: tham số, trường hoặc nội dung không hợp lệ / a bad request: a parameter, field or body that fails its schema (BAD_REQUEST, INVALID_DATE, INVALID_JSON) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Chưa đăng nhập, phiên hết hạn hoặc sai thông tin đăng nhập / no caller, an expired session, or wrong credentials (UNAUTHENTICATED, INVALID_CREDENTIALS) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Không có quyền, hoặc thiếu mã chống giả mạo (CSRF) / not allowed, or the CSRF token is missing (FORBIDDEN, CSRF_INVALID) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Không tìm thấy / not found (NOT_FOUND, UNIT_NOT_FOUND, FRAMEWORK_NOT_FOUND, EDITION_NOT_FOUND, SCORE_RUN_NOT_FOUND, INDICATOR_NOT_FOUND, PLAN_NOT_FOUND, REPORT_TEMPLATE_NOT_FOUND, JOB_NOT_FOUND, REPORT_NOT_FOUND, RECORD_NOT_FOUND, ROUTE_NOT_FOUND) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Xung đột với trạng thái đã lưu / conflicts with the stored state (CONFLICT, SELF_LOCKOUT, LOCKED, INVALID_TRANSITION, REPORT_NOT_READY) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Nội dung gửi lên quá lớn / the body is too large (PAYLOAD_TOO_LARGE) */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Kiểu nội dung không được hỗ trợ / unsupported content type (UNSUPPORTED_MEDIA_TYPE) */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Dữ liệu không hợp lệ, không có gì được ghi / invalid data, nothing was written (VALIDATION_FAILED, REPORT_TEMPLATE_INVALID, FILE_UNREADABLE) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Lỗi nội bộ máy chủ / internal server error (INTERNAL, PDF_FAILED) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/follow-ups/{id}/directives": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Lãnh đạo chỉ đạo: nội dung, đơn vị thực hiện, thời hạn / a leader directs: content, assignee unit, deadline */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        content: string;
                        assignee: string;
                        /** Format: calendar-date */
                        deadline: string;
                    };
                };
            };
            responses: {
                /** @description Thành công / OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            plan: string;
                            indicator: {
                                code: string;
                                name: string;
                                unitOfMeasure: string | null;
                                decimals: number;
                            };
                            unit: {
                                code: string;
                                name: string;
                            };
                            period: string;
                            target: {
                                value: number;
                                comparison: string;
                                status: string;
                                statusLabel: {
                                    vi: string;
                                    en: string;
                                };
                                actual: number | null;
                                gap: number | null;
                            };
                            /** @enum {string} */
                            state: "open" | "explained" | "directed" | "in_progress" | "closed";
                            stateLabel: {
                                vi: string;
                                en: string;
                            };
                            openedOn: string;
                            explainBy: string;
                            overdue: boolean;
                            closed: {
                                at: string;
                                by: string;
                                /** @enum {string} */
                                reason: "recovered" | "leader";
                                note: string | null;
                            } | null;
                            explanations: {
                                id: number;
                                content: string;
                                evidence: {
                                    kind?: string;
                                    number?: string;
                                    date?: string;
                                    issuer?: string;
                                    summary?: string;
                                    url?: string;
                                    title?: string;
                                }[];
                                by: string;
                                at: string;
                            }[];
                            directives: {
                                id: number;
                                content: string;
                                assignee: {
                                    code: string;
                                    name: string;
                                };
                                deadline: string;
                                by: string;
                                at: string;
                                doneAt: string | null;
                                overdue: boolean;
                                canReport: boolean;
                                progress: {
                                    id: number;
                                    content: string;
                                    done: boolean;
                                    evidence: {
                                        kind?: string;
                                        number?: string;
                                        date?: string;
                                        issuer?: string;
                                        summary?: string;
                                        url?: string;
                                        title?: string;
                                    }[];
                                    by: string;
                                    at: string;
                                }[];
                            }[];
                            abilities: {
                                explain: boolean;
                                direct: boolean;
                                close: boolean;
                                progress: boolean;
                            };
                        };
                    };
                };
                /** @description Yêu cầu sai: tham số, trường hoặc nội dung không hợp lệ / a bad request: a parameter, field or body that fails its schema (BAD_REQUEST, INVALID_DATE, INVALID_JSON) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Chưa đăng nhập, phiên hết hạn hoặc sai thông tin đăng nhập / no caller, an expired session, or wrong credentials (UNAUTHENTICATED, INVALID_CREDENTIALS) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Không có quyền, hoặc thiếu mã chống giả mạo (CSRF) / not allowed, or the CSRF token is missing (FORBIDDEN, CSRF_INVALID) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Không tìm thấy / not found (NOT_FOUND, UNIT_NOT_FOUND, FRAMEWORK_NOT_FOUND, EDITION_NOT_FOUND, SCORE_RUN_NOT_FOUND, INDICATOR_NOT_FOUND, PLAN_NOT_FOUND, REPORT_TEMPLATE_NOT_FOUND, JOB_NOT_FOUND, REPORT_NOT_FOUND, RECORD_NOT_FOUND, ROUTE_NOT_FOUND) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Xung đột với trạng thái đã lưu / conflicts with the stored state (CONFLICT, SELF_LOCKOUT, LOCKED, INVALID_TRANSITION, REPORT_NOT_READY) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Nội dung gửi lên quá lớn / the body is too large (PAYLOAD_TOO_LARGE) */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Kiểu nội dung không được hỗ trợ / unsupported content type (UNSUPPORTED_MEDIA_TYPE) */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Dữ liệu không hợp lệ, không có gì được ghi / invalid data, nothing was written (VALIDATION_FAILED, REPORT_TEMPLATE_INVALID, FILE_UNREADABLE) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Lỗi nội bộ máy chủ / internal server error (INTERNAL, PDF_FAILED) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/follow-ups/{id}/directives/{directive}/progress": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Đơn vị được giao báo cáo tiến độ thực hiện chỉ đạo / the assignee reports progress on a directive */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                    directive: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        content: string;
                        done?: boolean;
                        evidence?: {
                            /** @enum {string} */
                            kind: "document" | "link";
                            number?: string;
                            /** Format: calendar-date */
                            date?: string;
                            issuer?: string;
                            summary?: string;
                            url?: string;
                            title?: string;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Thành công / OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            plan: string;
                            indicator: {
                                code: string;
                                name: string;
                                unitOfMeasure: string | null;
                                decimals: number;
                            };
                            unit: {
                                code: string;
                                name: string;
                            };
                            period: string;
                            target: {
                                value: number;
                                comparison: string;
                                status: string;
                                statusLabel: {
                                    vi: string;
                                    en: string;
                                };
                                actual: number | null;
                                gap: number | null;
                            };
                            /** @enum {string} */
                            state: "open" | "explained" | "directed" | "in_progress" | "closed";
                            stateLabel: {
                                vi: string;
                                en: string;
                            };
                            openedOn: string;
                            explainBy: string;
                            overdue: boolean;
                            closed: {
                                at: string;
                                by: string;
                                /** @enum {string} */
                                reason: "recovered" | "leader";
                                note: string | null;
                            } | null;
                            explanations: {
                                id: number;
                                content: string;
                                evidence: {
                                    kind?: string;
                                    number?: string;
                                    date?: string;
                                    issuer?: string;
                                    summary?: string;
                                    url?: string;
                                    title?: string;
                                }[];
                                by: string;
                                at: string;
                            }[];
                            directives: {
                                id: number;
                                content: string;
                                assignee: {
                                    code: string;
                                    name: string;
                                };
                                deadline: string;
                                by: string;
                                at: string;
                                doneAt: string | null;
                                overdue: boolean;
                                canReport: boolean;
                                progress: {
                                    id: number;
                                    content: string;
                                    done: boolean;
                                    evidence: {
                                        kind?: string;
                                        number?: string;
                                        date?: string;
                                        issuer?: string;
                                        summary?: string;
                                        url?: string;
                                        title?: string;
                                    }[];
                                    by: string;
                                    at: string;
                                }[];
                            }[];
                            abilities: {
                                explain: boolean;
                                direct: boolean;
                                close: boolean;
                                progress: boolean;
                            };
                        };
                    };
                };
                /** @description Yêu cầu sai: tham số, trường hoặc nội dung không hợp lệ / a bad request: a parameter, field or body that fails its schema (BAD_REQUEST, INVALID_DATE, INVALID_JSON) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Chưa đăng nhập, phiên hết hạn hoặc sai thông tin đăng nhập / no caller, an expired session, or wrong credentials (UNAUTHENTICATED, INVALID_CREDENTIALS) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Không có quyền, hoặc thiếu mã chống giả mạo (CSRF) / not allowed, or the CSRF token is missing (FORBIDDEN, CSRF_INVALID) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Không tìm thấy / not found (NOT_FOUND, UNIT_NOT_FOUND, FRAMEWORK_NOT_FOUND, EDITION_NOT_FOUND, SCORE_RUN_NOT_FOUND, INDICATOR_NOT_FOUND, PLAN_NOT_FOUND, REPORT_TEMPLATE_NOT_FOUND, JOB_NOT_FOUND, REPORT_NOT_FOUND, RECORD_NOT_FOUND, ROUTE_NOT_FOUND) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Xung đột với trạng thái đã lưu / conflicts with the stored state (CONFLICT, SELF_LOCKOUT, LOCKED, INVALID_TRANSITION, REPORT_NOT_READY) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Nội dung gửi lên quá lớn / the body is too large (PAYLOAD_TOO_LARGE) */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Kiểu nội dung không được hỗ trợ / unsupported content type (UNSUPPORTED_MEDIA_TYPE) */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Dữ liệu không hợp lệ, không có gì được ghi / invalid data, nothing was written (VALIDATION_FAILED, REPORT_TEMPLATE_INVALID, FILE_UNREADABLE) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Lỗi nội bộ máy chủ / internal server error (INTERNAL, PDF_FAILED) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/follow-ups/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Lãnh đạo đóng theo dõi, nêu lý do / a leader closes the follow-up, with a reason */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
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
                /** @description Thành công / OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            plan: string;
                            indicator: {
                                code: string;
                                name: string;
                                unitOfMeasure: string | null;
                                decimals: number;
                            };
                            unit: {
                                code: string;
                                name: string;
                            };
                            period: string;
                            target: {
                                value: number;
                                comparison: string;
                                status: string;
                                statusLabel: {
                                    vi: string;
                                    en: string;
                                };
                                actual: number | null;
                                gap: number | null;
                            };
                            /** @enum {string} */
                            state: "open" | "explained" | "directed" | "in_progress" | "closed";
                            stateLabel: {
                                vi: string;
                                en: string;
                            };
                            openedOn: string;
                            explainBy: string;
                            overdue: boolean;
                            closed: {
                                at: string;
                                by: string;
                                /** @enum {string} */
                                reason: "recovered" | "leader";
                                note: string | null;
                            } | null;
                            explanations: {
                                id: number;
                                content: string;
                                evidence: {
                                    kind?: string;
                                    number?: string;
                                    date?: string;
                                    issuer?: string;
                                    summary?: string;
                                    url?: string;
                                    title?: string;
                                }[];
                                by: string;
                                at: string;
                            }[];
                            directives: {
                                id: number;
                                content: string;
                                assignee: {
                                    code: string;
                                    name: string;
                                };
                                deadline: string;
                                by: string;
                                at: string;
                                doneAt: string | null;
                                overdue: boolean;
                                canReport: boolean;
                                progress: {
                                    id: number;
                                    content: string;
                                    done: boolean;
                                    evidence: {
                                        kind?: string;
                                        number?: string;
                                        date?: string;
                                        issuer?: string;
                                        summary?: string;
                                        url?: string;
                                        title?: string;
                                    }[];
                                    by: string;
                                    at: string;
                                }[];
                            }[];
                            abilities: {
                                explain: boolean;
                                direct: boolean;
                                close: boolean;
                                progress: boolean;
                            };
                        };
                    };
                };
                /** @description Yêu cầu sai: tham số, trường hoặc nội dung không hợp lệ / a bad request: a parameter, field or body that fails its schema (BAD_REQUEST, INVALID_DATE, INVALID_JSON) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Chưa đăng nhập, phiên hết hạn hoặc sai thông tin đăng nhập / no caller, an expired session, or wrong credentials (UNAUTHENTICATED, INVALID_CREDENTIALS) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Không có quyền, hoặc thiếu mã chống giả mạo (CSRF) / not allowed, or the CSRF token is missing (FORBIDDEN, CSRF_INVALID) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Không tìm thấy / not found (NOT_FOUND, UNIT_NOT_FOUND, FRAMEWORK_NOT_FOUND, EDITION_NOT_FOUND, SCORE_RUN_NOT_FOUND, INDICATOR_NOT_FOUND, PLAN_NOT_FOUND, REPORT_TEMPLATE_NOT_FOUND, JOB_NOT_FOUND, REPORT_NOT_FOUND, RECORD_NOT_FOUND, ROUTE_NOT_FOUND) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Xung đột với trạng thái đã lưu / conflicts with the stored state (CONFLICT, SELF_LOCKOUT, LOCKED, INVALID_TRANSITION, REPORT_NOT_READY) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Nội dung gửi lên quá lớn / the body is too large (PAYLOAD_TOO_LARGE) */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Kiểu nội dung không được hỗ trợ / unsupported content type (UNSUPPORTED_MEDIA_TYPE) */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Dữ liệu không hợp lệ, không có gì được ghi / invalid data, nothing was written (VALIDATION_FAILED, REPORT_TEMPLATE_INVALID, FILE_UNREADABLE) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Lỗi nội bộ máy chủ / internal server error (INTERNAL, PDF_FAILED) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dhis2/dataValueSets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Xuất bộ số liệu DHIS2 (idScheme=CODE, JSON hoặc CSV): số liệu hiện hành của biểu mẫu hoặc phần tử × đơn vị × kỳ / export a DHIS2 data value set (idScheme=CODE, JSON or CSV): current values of a dataset or elements × units × periods */
        get: {
            parameters: {
                query: {
                    dataSet?: string;
                    dataElement?: string[];
                    orgUnit: string[];
                    period: string[];
                    children?: boolean;
                    format?: "json" | "csv";
                    idScheme?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Bộ số liệu / the data value set */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            dataValues: {
                                /** @description Mã phần tử dữ liệu / our data element code */
                                dataElement: string;
                                /** @description Kỳ dạng DHIS2 / the period in DHIS2 form: 2023, 2023S1, 2023Q2, 202306 */
                                period: string;
                                /** @description Mã đơn vị / our unit code */
                                orgUnit: string;
                                categoryOptionCombo?: string;
                                attributeOptionCombo?: string;
                                value: string;
                                /** @description Người ghi; rỗng khi người gọi không được xem / who recorded it; empty where the caller may not see it */
                                storedBy?: string;
                                lastUpdated?: string;
                                /** @description Ghi chú; rỗng khi người gọi không được xem / empty where the caller may not see it */
                                comment?: string;
                            }[];
                        };
                        "text/csv": string;
                    };
                };
                /** @description Yêu cầu sai: tham số, trường hoặc nội dung không hợp lệ / a bad request: a parameter, field or body that fails its schema (BAD_REQUEST, INVALID_DATE, INVALID_JSON) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Chưa đăng nhập, phiên hết hạn hoặc sai thông tin đăng nhập / no caller, an expired session, or wrong credentials (UNAUTHENTICATED, INVALID_CREDENTIALS) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Không có quyền, hoặc thiếu mã chống giả mạo (CSRF) / not allowed, or the CSRF token is missing (FORBIDDEN, CSRF_INVALID) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Không tìm thấy / not found (NOT_FOUND, UNIT_NOT_FOUND, FRAMEWORK_NOT_FOUND, EDITION_NOT_FOUND, SCORE_RUN_NOT_FOUND, INDICATOR_NOT_FOUND, PLAN_NOT_FOUND, REPORT_TEMPLATE_NOT_FOUND, JOB_NOT_FOUND, REPORT_NOT_FOUND, RECORD_NOT_FOUND, ROUTE_NOT_FOUND) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Lỗi nội bộ máy chủ / internal server error (INTERNAL, PDF_FAILED) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        put?: never;
        /** Nhập bộ số liệu DHIS2 (JSON hoặc text/csv, idScheme=CODE): kiểm tra toàn bộ, ghi tất cả hoặc không gì; dryRun chỉ kiểm tra / import a DHIS2 data value set (JSON or text/csv, idScheme=CODE): checked whole, all or nothing; dryRun only checks */
        post: {
            parameters: {
                query?: {
                    dryRun?: boolean;
                    idScheme?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        dataSet?: string;
                        completeDate?: string;
                        dataValues: {
                            dataElement?: string;
                            period?: string;
                            orgUnit?: string;
                            categoryOptionCombo?: string;
                            attributeOptionCombo?: string;
                            value?: string | number | boolean;
                            storedBy?: string;
                            created?: string;
                            lastUpdated?: string;
                            comment?: string;
                            followup?: boolean;
                        }[];
                    } | string;
                    "text/csv": {
                        dataSet?: string;
                        completeDate?: string;
                        dataValues: {
                            dataElement?: string;
                            period?: string;
                            orgUnit?: string;
                            categoryOptionCombo?: string;
                            attributeOptionCombo?: string;
                            value?: string | number | boolean;
                            storedBy?: string;
                            created?: string;
                            lastUpdated?: string;
                            comment?: string;
                            followup?: boolean;
                        }[];
                    } | string;
                    "application/csv": {
                        dataSet?: string;
                        completeDate?: string;
                        dataValues: {
                            dataElement?: string;
                            period?: string;
                            orgUnit?: string;
                            categoryOptionCombo?: string;
                            attributeOptionCombo?: string;
                            value?: string | number | boolean;
                            storedBy?: string;
                            created?: string;
                            lastUpdated?: string;
                            comment?: string;
                            followup?: boolean;
                        }[];
                    } | string;
                };
            };
            responses: {
                /** @description Thành công / OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            responseType: "ImportSummary";
                            /** @enum {string} */
                            status: "SUCCESS" | "WARNING" | "ERROR";
                            description: string;
                            dryRun: boolean;
                            importCount: {
                                imported: number;
                                updated: number;
                                ignored: number;
                                deleted: number;
                            };
                            conflicts: {
                                object: string;
                                value: string;
                            }[];
                            problems: {
                                row: number;
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Yêu cầu sai: tham số, trường hoặc nội dung không hợp lệ / a bad request: a parameter, field or body that fails its schema (BAD_REQUEST, INVALID_DATE, INVALID_JSON) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Chưa đăng nhập, phiên hết hạn hoặc sai thông tin đăng nhập / no caller, an expired session, or wrong credentials (UNAUTHENTICATED, INVALID_CREDENTIALS) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Không có quyền, hoặc thiếu mã chống giả mạo (CSRF) / not allowed, or the CSRF token is missing (FORBIDDEN, CSRF_INVALID) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Xung đột với trạng thái đã lưu / conflicts with the stored state (CONFLICT, SELF_LOCKOUT, LOCKED, INVALID_TRANSITION, REPORT_NOT_READY) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Nội dung gửi lên quá lớn / the body is too large (PAYLOAD_TOO_LARGE) */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Kiểu nội dung không được hỗ trợ / unsupported content type (UNSUPPORTED_MEDIA_TYPE) */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Dữ liệu không hợp lệ, không có gì được ghi / invalid data, nothing was written (VALIDATION_FAILED, REPORT_TEMPLATE_INVALID, FILE_UNREADABLE) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Lỗi nội bộ máy chủ / internal server error (INTERNAL, PDF_FAILED) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Dịch vụ tạm thời chưa sẵn sàng / the service is not ready (DB_UNAVAILABLE, PDF_UNAVAILABLE, AGGREGATES_NOT_READY) */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/publications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Danh sách dữ liệu đã công bố (quản trị viên) / what is published as open data (admins) */
        get: {
            parameters: {
                query?: {
                    kind?: "indicator" | "ranking";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Thành công / OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                kind: string;
                                key: string;
                                publishedAt: string;
                                publishedBy: string;
                                note: string | null;
                            }[];
                        };
                    };
                };
                /** @description Yêu cầu sai: tham số, trường hoặc nội dung không hợp lệ / a bad request: a parameter, field or body that fails its schema (BAD_REQUEST, INVALID_DATE, INVALID_JSON) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Chưa đăng nhập, phiên hết hạn hoặc sai thông tin đăng nhập / no caller, an expired session, or wrong credentials (UNAUTHENTICATED, INVALID_CREDENTIALS) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Không có quyền, hoặc thiếu mã chống giả mạo (CSRF) / not allowed, or the CSRF token is missing (FORBIDDEN, CSRF_INVALID) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Lỗi nội bộ máy chủ / internal server error (INTERNAL, PDF_FAILED) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/publications/indicators/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Công bố một chỉ tiêu là dữ liệu mở (quản trị viên) / publish an indicator as open data (admins) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        note?: string;
                    };
                };
            };
            responses: {
                /** @description Thành công / OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            kind: string;
                            key: string;
                            publishedAt: string;
                            publishedBy: string;
                            note: string | null;
                        };
                    };
                };
                /** @description Yêu cầu sai: tham số, trường hoặc nội dung không hợp lệ / a bad request: a parameter, field or body that fails its schema (BAD_REQUEST, INVALID_DATE, INVALID_JSON) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Chưa đăng nhập, phiên hết hạn hoặc sai thông tin đăng nhập / no caller, an expired session, or wrong credentials (UNAUTHENTICATED, INVALID_CREDENTIALS) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Không có quyền, hoặc thiếu mã chống giả mạo (CSRF) / not allowed, or the CSRF token is missing (FORBIDDEN, CSRF_INVALID) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Không tìm thấy / not found (NOT_FOUND, UNIT_NOT_FOUND, FRAMEWORK_NOT_FOUND, EDITION_NOT_FOUND, SCORE_RUN_NOT_FOUND, INDICATOR_NOT_FOUND, PLAN_NOT_FOUND, REPORT_TEMPLATE_NOT_FOUND, JOB_NOT_FOUND, REPORT_NOT_FOUND, RECORD_NOT_FOUND, ROUTE_NOT_FOUND) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Nội dung gửi lên quá lớn / the body is too large (PAYLOAD_TOO_LARGE) */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Kiểu nội dung không được hỗ trợ / unsupported content type (UNSUPPORTED_MEDIA_TYPE) */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Lỗi nội bộ máy chủ / internal server error (INTERNAL, PDF_FAILED) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        post?: never;
        /** Thôi công bố một chỉ tiêu (quản trị viên) / unpublish an indicator (admins) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Thành công, không có nội dung / done, no content */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Yêu cầu sai: tham số, trường hoặc nội dung không hợp lệ / a bad request: a parameter, field or body that fails its schema (BAD_REQUEST, INVALID_DATE, INVALID_JSON) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Chưa đăng nhập, phiên hết hạn hoặc sai thông tin đăng nhập / no caller, an expired session, or wrong credentials (UNAUTHENTICATED, INVALID_CREDENTIALS) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Không có quyền, hoặc thiếu mã chống giả mạo (CSRF) / not allowed, or the CSRF token is missing (FORBIDDEN, CSRF_INVALID) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Không tìm thấy / not found (NOT_FOUND, UNIT_NOT_FOUND, FRAMEWORK_NOT_FOUND, EDITION_NOT_FOUND, SCORE_RUN_NOT_FOUND, INDICATOR_NOT_FOUND, PLAN_NOT_FOUND, REPORT_TEMPLATE_NOT_FOUND, JOB_NOT_FOUND, REPORT_NOT_FOUND, RECORD_NOT_FOUND, ROUTE_NOT_FOUND) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Nội dung gửi lên quá lớn / the body is too large (PAYLOAD_TOO_LARGE) */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Kiểu nội dung không được hỗ trợ / unsupported content type (UNSUPPORTED_MEDIA_TYPE) */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Lỗi nội bộ máy chủ / internal server error (INTERNAL, PDF_FAILED) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/publications/rankings/{framework}/{edition}/{period}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Công bố kết quả xếp hạng đã công bố của một kỳ là dữ liệu mở (quản trị viên) / publish a ranking edition as open data (admins) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    framework: string;
                    edition: string;
                    period: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        note?: string;
                    };
                };
            };
            responses: {
                /** @description Thành công / OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            kind: string;
                            key: string;
                            publishedAt: string;
                            publishedBy: string;
                            note: string | null;
                        };
                    };
                };
                /** @description Yêu cầu sai: tham số, trường hoặc nội dung không hợp lệ / a bad request: a parameter, field or body that fails its schema (BAD_REQUEST, INVALID_DATE, INVALID_JSON) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Chưa đăng nhập, phiên hết hạn hoặc sai thông tin đăng nhập / no caller, an expired session, or wrong credentials (UNAUTHENTICATED, INVALID_CREDENTIALS) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Không có quyền, hoặc thiếu mã chống giả mạo (CSRF) / not allowed, or the CSRF token is missing (FORBIDDEN, CSRF_INVALID) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Không tìm thấy / not found (NOT_FOUND, UNIT_NOT_FOUND, FRAMEWORK_NOT_FOUND, EDITION_NOT_FOUND, SCORE_RUN_NOT_FOUND, INDICATOR_NOT_FOUND, PLAN_NOT_FOUND, REPORT_TEMPLATE_NOT_FOUND, JOB_NOT_FOUND, REPORT_NOT_FOUND, RECORD_NOT_FOUND, ROUTE_NOT_FOUND) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Nội dung gửi lên quá lớn / the body is too large (PAYLOAD_TOO_LARGE) */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Kiểu nội dung không được hỗ trợ / unsupported content type (UNSUPPORTED_MEDIA_TYPE) */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Lỗi nội bộ máy chủ / internal server error (INTERNAL, PDF_FAILED) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        post?: never;
        /** Thôi công bố một kết quả xếp hạng (quản trị viên) / unpublish a ranking edition (admins) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    framework: string;
                    edition: string;
                    period: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Thành công, không có nội dung / done, no content */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Yêu cầu sai: tham số, trường hoặc nội dung không hợp lệ / a bad request: a parameter, field or body that fails its schema (BAD_REQUEST, INVALID_DATE, INVALID_JSON) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Chưa đăng nhập, phiên hết hạn hoặc sai thông tin đăng nhập / no caller, an expired session, or wrong credentials (UNAUTHENTICATED, INVALID_CREDENTIALS) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Không có quyền, hoặc thiếu mã chống giả mạo (CSRF) / not allowed, or the CSRF token is missing (FORBIDDEN, CSRF_INVALID) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Không tìm thấy / not found (NOT_FOUND, UNIT_NOT_FOUND, FRAMEWORK_NOT_FOUND, EDITION_NOT_FOUND, SCORE_RUN_NOT_FOUND, INDICATOR_NOT_FOUND, PLAN_NOT_FOUND, REPORT_TEMPLATE_NOT_FOUND, JOB_NOT_FOUND, REPORT_NOT_FOUND, RECORD_NOT_FOUND, ROUTE_NOT_FOUND) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Nội dung gửi lên quá lớn / the body is too large (PAYLOAD_TOO_LARGE) */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Kiểu nội dung không được hỗ trợ / unsupported content type (UNSUPPORTED_MEDIA_TYPE) */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Lỗi nội bộ máy chủ / internal server error (INTERNAL, PDF_FAILED) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/teams": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Tổ công nghệ số cộng đồng của một đơn vị: số tổ, thành viên, độ phủ theo xã / community tech teams of a unit: counts and coverage by commune */
        get: {
            parameters: {
                query: {
                    unit: string;
                    /** @description Ngày xem (mặc định hôm nay) / the day (default today) */
                    at?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Thành công / OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            unit: {
                                code: string;
                                name: string;
                                level: string;
                            };
                            at: string;
                            totals: {
                                communes: number;
                                communesWithTeam: number;
                                /** @description Tỷ lệ xã có tổ cấp xã (%) / share of communes with a commune team (%) */
                                coverage: number | null;
                                communeTeams: number;
                                communeMembers: number;
                                villageTeams: number;
                                villageMembers: number;
                            };
                            quarters: {
                                period: string;
                                activities: number;
                                peopleSupported: number;
                            }[];
                            communes: {
                                code: string;
                                name: string;
                                communeTeam: {
                                    id: number;
                                    name: string;
                                    level: string;
                                    village: string | null;
                                    decisionNumber: string;
                                    decisionDate: string;
                                    simulated: boolean;
                                    /** @description Số thành viên; null khi dưới ngưỡng công bố / members; null below the disclosure minimum */
                                    members: number | null;
                                    withheld: boolean;
                                } | null;
                                villageTeams: {
                                    id: number;
                                    name: string;
                                    level: string;
                                    village: string | null;
                                    decisionNumber: string;
                                    decisionDate: string;
                                    simulated: boolean;
                                    /** @description Số thành viên; null khi dưới ngưỡng công bố / members; null below the disclosure minimum */
                                    members: number | null;
                                    withheld: boolean;
                                }[];
                            }[];
                            simulated: boolean;
                        };
                    };
                };
                /** @description Yêu cầu sai: tham số, trường hoặc nội dung không hợp lệ / a bad request: a parameter, field or body that fails its schema (BAD_REQUEST, INVALID_DATE, INVALID_JSON) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Chưa đăng nhập, phiên hết hạn hoặc sai thông tin đăng nhập / no caller, an expired session, or wrong credentials (UNAUTHENTICATED, INVALID_CREDENTIALS) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Không có quyền, hoặc thiếu mã chống giả mạo (CSRF) / not allowed, or the CSRF token is missing (FORBIDDEN, CSRF_INVALID) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Không tìm thấy / not found (NOT_FOUND, UNIT_NOT_FOUND, FRAMEWORK_NOT_FOUND, EDITION_NOT_FOUND, SCORE_RUN_NOT_FOUND, INDICATOR_NOT_FOUND, PLAN_NOT_FOUND, REPORT_TEMPLATE_NOT_FOUND, JOB_NOT_FOUND, REPORT_NOT_FOUND, RECORD_NOT_FOUND, ROUTE_NOT_FOUND) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Lỗi nội bộ máy chủ / internal server error (INTERNAL, PDF_FAILED) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        put?: never;
        /** Thêm một tổ công nghệ số cộng đồng / add a community tech team */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        unit: string;
                        /** @enum {string} */
                        level: "commune" | "village";
                        village?: string | null;
                        name: string;
                        decisionNumber: string;
                        /** Format: calendar-date */
                        decisionDate: string;
                        decisionIssuer: string;
                        /** Format: calendar-date */
                        dissolvedOn?: string | null;
                    };
                };
            };
            responses: {
                /** @description Đã tạo / created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                        };
                    };
                };
                /** @description Yêu cầu sai: tham số, trường hoặc nội dung không hợp lệ / a bad request: a parameter, field or body that fails its schema (BAD_REQUEST, INVALID_DATE, INVALID_JSON) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Chưa đăng nhập, phiên hết hạn hoặc sai thông tin đăng nhập / no caller, an expired session, or wrong credentials (UNAUTHENTICATED, INVALID_CREDENTIALS) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Không có quyền, hoặc thiếu mã chống giả mạo (CSRF) / not allowed, or the CSRF token is missing (FORBIDDEN, CSRF_INVALID) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Không tìm thấy / not found (NOT_FOUND, UNIT_NOT_FOUND, FRAMEWORK_NOT_FOUND, EDITION_NOT_FOUND, SCORE_RUN_NOT_FOUND, INDICATOR_NOT_FOUND, PLAN_NOT_FOUND, REPORT_TEMPLATE_NOT_FOUND, JOB_NOT_FOUND, REPORT_NOT_FOUND, RECORD_NOT_FOUND, ROUTE_NOT_FOUND) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Nội dung gửi lên quá lớn / the body is too large (PAYLOAD_TOO_LARGE) */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Kiểu nội dung không được hỗ trợ / unsupported content type (UNSUPPORTED_MEDIA_TYPE) */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Dữ liệu không hợp lệ, không có gì được ghi / invalid data, nothing was written (VALIDATION_FAILED, REPORT_TEMPLATE_INVALID, FILE_UNREADABLE) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Lỗi nội bộ máy chủ / internal server error (INTERNAL, PDF_FAILED) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/teams/template.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Tệp mẫu XLSX danh sách tổ và thành viên / the XLSX template of the team and member list */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Tệp mẫu / the template */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    };
                };
                /** @description Yêu cầu sai: tham số, trường hoặc nội dung không hợp lệ / a bad request: a parameter, field or body that fails its schema (BAD_REQUEST, INVALID_DATE, INVALID_JSON) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Chưa đăng nhập, phiên hết hạn hoặc sai thông tin đăng nhập / no caller, an expired session, or wrong credentials (UNAUTHENTICATED, INVALID_CREDENTIALS) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Không có quyền, hoặc thiếu mã chống giả mạo (CSRF) / not allowed, or the CSRF token is missing (FORBIDDEN, CSRF_INVALID) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Lỗi nội bộ máy chủ / internal server error (INTERNAL, PDF_FAILED) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/teams/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Nhập tổ và thành viên từ bảng tính (multipart, XLSX hoặc CSV; có dòng lỗi thì không ghi gì) / import teams and members from a spreadsheet (all or nothing) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Thành công / OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            fileName: string;
                            /** @enum {string} */
                            format: "xlsx" | "csv";
                            /** @description false: có dòng lỗi, không ghi gì / a row has an error, nothing was written */
                            written: boolean;
                            rows: number;
                            teams: {
                                created: number;
                                updated: number;
                            };
                            members: number;
                            errorCount: number;
                            errors: {
                                row: number;
                                column: string;
                                cell: string;
                                value: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Yêu cầu sai: tham số, trường hoặc nội dung không hợp lệ / a bad request: a parameter, field or body that fails its schema (BAD_REQUEST, INVALID_DATE, INVALID_JSON) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Chưa đăng nhập, phiên hết hạn hoặc sai thông tin đăng nhập / no caller, an expired session, or wrong credentials (UNAUTHENTICATED, INVALID_CREDENTIALS) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Không có quyền, hoặc thiếu mã chống giả mạo (CSRF) / not allowed, or the CSRF token is missing (FORBIDDEN, CSRF_INVALID) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Nội dung gửi lên quá lớn / the body is too large (PAYLOAD_TOO_LARGE) */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Kiểu nội dung không được hỗ trợ / unsupported content type (UNSUPPORTED_MEDIA_TYPE) */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Dữ liệu không hợp lệ, không có gì được ghi / invalid data, nothing was written (VALIDATION_FAILED, REPORT_TEMPLATE_INVALID, FILE_UNREADABLE) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Lỗi nội bộ máy chủ / internal server error (INTERNAL, PDF_FAILED) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/teams/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Một tổ công nghệ số cộng đồng: quyết định, hoạt động, số thành viên (không có danh sách) / a team: decision, activities, member counts (no list) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Thành công / OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            unit: {
                                code: string;
                                name: string;
                            };
                            level: string;
                            village: string | null;
                            name: string;
                            decisionNumber: string;
                            decisionDate: string;
                            decisionIssuer: string;
                            dissolvedOn: string | null;
                            simulated: boolean;
                            members: number;
                            byVillage: {
                                village: string | null;
                                members: number | null;
                                withheld: boolean;
                            }[];
                            activities: {
                                id: number;
                                heldOn: string;
                                title: string;
                                peopleSupported: number;
                            }[];
                            abilities: {
                                readMembers: boolean;
                                edit: boolean;
                            };
                        };
                    };
                };
                /** @description Yêu cầu sai: tham số, trường hoặc nội dung không hợp lệ / a bad request: a parameter, field or body that fails its schema (BAD_REQUEST, INVALID_DATE, INVALID_JSON) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Chưa đăng nhập, phiên hết hạn hoặc sai thông tin đăng nhập / no caller, an expired session, or wrong credentials (UNAUTHENTICATED, INVALID_CREDENTIALS) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Không có quyền, hoặc thiếu mã chống giả mạo (CSRF) / not allowed, or the CSRF token is missing (FORBIDDEN, CSRF_INVALID) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Không tìm thấy / not found (NOT_FOUND, UNIT_NOT_FOUND, FRAMEWORK_NOT_FOUND, EDITION_NOT_FOUND, SCORE_RUN_NOT_FOUND, INDICATOR_NOT_FOUND, PLAN_NOT_FOUND, REPORT_TEMPLATE_NOT_FOUND, JOB_NOT_FOUND, REPORT_NOT_FOUND, RECORD_NOT_FOUND, ROUTE_NOT_FOUND) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Lỗi nội bộ máy chủ / internal server error (INTERNAL, PDF_FAILED) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        /** Sửa một tổ (quyết định, ngày giải thể) / edit a team (decision, dissolution) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        unit: string;
                        /** @enum {string} */
                        level: "commune" | "village";
                        village?: string | null;
                        name: string;
                        decisionNumber: string;
                        /** Format: calendar-date */
                        decisionDate: string;
                        decisionIssuer: string;
                        /** Format: calendar-date */
                        dissolvedOn?: string | null;
                    };
                };
            };
            responses: {
                /** @description Đã lưu / saved */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Yêu cầu sai: tham số, trường hoặc nội dung không hợp lệ / a bad request: a parameter, field or body that fails its schema (BAD_REQUEST, INVALID_DATE, INVALID_JSON) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Chưa đăng nhập, phiên hết hạn hoặc sai thông tin đăng nhập / no caller, an expired session, or wrong credentials (UNAUTHENTICATED, INVALID_CREDENTIALS) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Không có quyền, hoặc thiếu mã chống giả mạo (CSRF) / not allowed, or the CSRF token is missing (FORBIDDEN, CSRF_INVALID) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Không tìm thấy / not found (NOT_FOUND, UNIT_NOT_FOUND, FRAMEWORK_NOT_FOUND, EDITION_NOT_FOUND, SCORE_RUN_NOT_FOUND, INDICATOR_NOT_FOUND, PLAN_NOT_FOUND, REPORT_TEMPLATE_NOT_FOUND, JOB_NOT_FOUND, REPORT_NOT_FOUND, RECORD_NOT_FOUND, ROUTE_NOT_FOUND) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Nội dung gửi lên quá lớn / the body is too large (PAYLOAD_TOO_LARGE) */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Kiểu nội dung không được hỗ trợ / unsupported content type (UNSUPPORTED_MEDIA_TYPE) */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Dữ liệu không hợp lệ, không có gì được ghi / invalid data, nothing was written (VALIDATION_FAILED, REPORT_TEMPLATE_INVALID, FILE_UNREADABLE) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Lỗi nội bộ máy chủ / internal server error (INTERNAL, PDF_FAILED) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/teams/{id}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Danh sách thành viên của tổ (dữ liệu cá nhân; mỗi lần xem được ghi nhật ký) / the member list (personal data; every read is audited) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Thành công / OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            team: number;
                            items: {
                                id: number;
                                name: string;
                                role: string;
                                phone: string | null;
                                villageServed: string | null;
                                joinedOn: string;
                                leftOn: string | null;
                            }[];
                        };
                    };
                };
                /** @description Yêu cầu sai: tham số, trường hoặc nội dung không hợp lệ / a bad request: a parameter, field or body that fails its schema (BAD_REQUEST, INVALID_DATE, INVALID_JSON) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Chưa đăng nhập, phiên hết hạn hoặc sai thông tin đăng nhập / no caller, an expired session, or wrong credentials (UNAUTHENTICATED, INVALID_CREDENTIALS) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Không có quyền, hoặc thiếu mã chống giả mạo (CSRF) / not allowed, or the CSRF token is missing (FORBIDDEN, CSRF_INVALID) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Không tìm thấy / not found (NOT_FOUND, UNIT_NOT_FOUND, FRAMEWORK_NOT_FOUND, EDITION_NOT_FOUND, SCORE_RUN_NOT_FOUND, INDICATOR_NOT_FOUND, PLAN_NOT_FOUND, REPORT_TEMPLATE_NOT_FOUND, JOB_NOT_FOUND, REPORT_NOT_FOUND, RECORD_NOT_FOUND, ROUTE_NOT_FOUND) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Lỗi nội bộ máy chủ / internal server error (INTERNAL, PDF_FAILED) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        put?: never;
        /** Thêm thành viên vào tổ / add a member to a team */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        /** @enum {string} */
                        role: "leader" | "deputy" | "member";
                        phone?: string | null;
                        villageServed?: string | null;
                        /** Format: calendar-date */
                        joinedOn: string;
                        /** Format: calendar-date */
                        leftOn?: string | null;
                    };
                };
            };
            responses: {
                /** @description Đã tạo / created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                        };
                    };
                };
                /** @description Yêu cầu sai: tham số, trường hoặc nội dung không hợp lệ / a bad request: a parameter, field or body that fails its schema (BAD_REQUEST, INVALID_DATE, INVALID_JSON) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Chưa đăng nhập, phiên hết hạn hoặc sai thông tin đăng nhập / no caller, an expired session, or wrong credentials (UNAUTHENTICATED, INVALID_CREDENTIALS) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Không có quyền, hoặc thiếu mã chống giả mạo (CSRF) / not allowed, or the CSRF token is missing (FORBIDDEN, CSRF_INVALID) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Không tìm thấy / not found (NOT_FOUND, UNIT_NOT_FOUND, FRAMEWORK_NOT_FOUND, EDITION_NOT_FOUND, SCORE_RUN_NOT_FOUND, INDICATOR_NOT_FOUND, PLAN_NOT_FOUND, REPORT_TEMPLATE_NOT_FOUND, JOB_NOT_FOUND, REPORT_NOT_FOUND, RECORD_NOT_FOUND, ROUTE_NOT_FOUND) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Nội dung gửi lên quá lớn / the body is too large (PAYLOAD_TOO_LARGE) */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Kiểu nội dung không được hỗ trợ / unsupported content type (UNSUPPORTED_MEDIA_TYPE) */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Dữ liệu không hợp lệ, không có gì được ghi / invalid data, nothing was written (VALIDATION_FAILED, REPORT_TEMPLATE_INVALID, FILE_UNREADABLE) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Lỗi nội bộ máy chủ / internal server error (INTERNAL, PDF_FAILED) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/teams/{id}/members/{memberId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Sửa thành viên (vai trò, ngày rời tổ…) / edit a member (role, leaving day…) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    memberId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        /** @enum {string} */
                        role: "leader" | "deputy" | "member";
                        phone?: string | null;
                        villageServed?: string | null;
                        /** Format: calendar-date */
                        joinedOn: string;
                        /** Format: calendar-date */
                        leftOn?: string | null;
                    };
                };
            };
            responses: {
                /** @description Đã lưu / saved */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Yêu cầu sai: tham số, trường hoặc nội dung không hợp lệ / a bad request: a parameter, field or body that fails its schema (BAD_REQUEST, INVALID_DATE, INVALID_JSON) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Chưa đăng nhập, phiên hết hạn hoặc sai thông tin đăng nhập / no caller, an expired session, or wrong credentials (UNAUTHENTICATED, INVALID_CREDENTIALS) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Không có quyền, hoặc thiếu mã chống giả mạo (CSRF) / not allowed, or the CSRF token is missing (FORBIDDEN, CSRF_INVALID) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Không tìm thấy / not found (NOT_FOUND, UNIT_NOT_FOUND, FRAMEWORK_NOT_FOUND, EDITION_NOT_FOUND, SCORE_RUN_NOT_FOUND, INDICATOR_NOT_FOUND, PLAN_NOT_FOUND, REPORT_TEMPLATE_NOT_FOUND, JOB_NOT_FOUND, REPORT_NOT_FOUND, RECORD_NOT_FOUND, ROUTE_NOT_FOUND) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Nội dung gửi lên quá lớn / the body is too large (PAYLOAD_TOO_LARGE) */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Kiểu nội dung không được hỗ trợ / unsupported content type (UNSUPPORTED_MEDIA_TYPE) */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Dữ liệu không hợp lệ, không có gì được ghi / invalid data, nothing was written (VALIDATION_FAILED, REPORT_TEMPLATE_INVALID, FILE_UNREADABLE) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Lỗi nội bộ máy chủ / internal server error (INTERNAL, PDF_FAILED) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/teams/{id}/activities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Ghi một hoạt động của tổ / record a team activity */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: calendar-date */
                        heldOn: string;
                        title: string;
                        peopleSupported?: number;
                    };
                };
            };
            responses: {
                /** @description Đã tạo / created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                        };
                    };
                };
                /** @description Yêu cầu sai: tham số, trường hoặc nội dung không hợp lệ / a bad request: a parameter, field or body that fails its schema (BAD_REQUEST, INVALID_DATE, INVALID_JSON) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Chưa đăng nhập, phiên hết hạn hoặc sai thông tin đăng nhập / no caller, an expired session, or wrong credentials (UNAUTHENTICATED, INVALID_CREDENTIALS) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Không có quyền, hoặc thiếu mã chống giả mạo (CSRF) / not allowed, or the CSRF token is missing (FORBIDDEN, CSRF_INVALID) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Không tìm thấy / not found (NOT_FOUND, UNIT_NOT_FOUND, FRAMEWORK_NOT_FOUND, EDITION_NOT_FOUND, SCORE_RUN_NOT_FOUND, INDICATOR_NOT_FOUND, PLAN_NOT_FOUND, REPORT_TEMPLATE_NOT_FOUND, JOB_NOT_FOUND, REPORT_NOT_FOUND, RECORD_NOT_FOUND, ROUTE_NOT_FOUND) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Nội dung gửi lên quá lớn / the body is too large (PAYLOAD_TOO_LARGE) */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Kiểu nội dung không được hỗ trợ / unsupported content type (UNSUPPORTED_MEDIA_TYPE) */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Dữ liệu không hợp lệ, không có gì được ghi / invalid data, nothing was written (VALIDATION_FAILED, REPORT_TEMPLATE_INVALID, FILE_UNREADABLE) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Lỗi nội bộ máy chủ / internal server error (INTERNAL, PDF_FAILED) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dossiers/batches": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Hệ thống một cửa đẩy một lô hồ sơ (theo mã hồ sơ của hệ thống, gửi lại không ghi trùng) / push a batch of dossiers */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Mã hệ thống nguồn / source system code (MOTCUA_58) */
                        source: string;
                        dossiers: {
                            /** @description Mã hồ sơ trong hệ thống nguồn / the source system’s own id */
                            sourceId: string;
                            /** @description Mã thủ tục / procedure code */
                            procedureCode: string;
                            procedureName?: string | null;
                            /** @description Mã lĩnh vực / field code (DAT_DAI, HO_TICH…) */
                            field: string;
                            /**
                             * @description online: trực tuyến; offline: trực tiếp, bưu chính
                             * @enum {string}
                             */
                            channel: "online" | "offline";
                            /**
                             * @description full: toàn trình; partial: một phần
                             * @enum {string|null}
                             */
                            level?: "full" | "partial" | null;
                            /** @description Mã đơn vị tiếp nhận / receiving unit */
                            unit: string;
                            /** Format: calendar-date */
                            receivedOn: string;
                            /** Format: calendar-date */
                            dueOn?: string | null;
                            /** Format: calendar-date */
                            finishedOn?: string | null;
                            /**
                             * @description Suy ra từ finishedOn ≤ dueOn khi không gửi / derived when absent
                             * @enum {string|null}
                             */
                            result?: "on_time" | "late" | null;
                            /** @enum {string} */
                            state?: "received" | "processing" | "finished" | "cancelled";
                        }[];
                    };
                };
            };
            responses: {
                /** @description Thành công / OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            source: string;
                            received: number;
                            created: number;
                            /** @description Hồ sơ thay đổi: thêm một phiên bản / changed: a new version each */
                            updated: number;
                            /** @description Gửi lại không đổi: không ghi gì / re-pushed unchanged: nothing written */
                            unchanged: number;
                        };
                    };
                };
                /** @description Yêu cầu sai: tham số, trường hoặc nội dung không hợp lệ / a bad request: a parameter, field or body that fails its schema (BAD_REQUEST, INVALID_DATE, INVALID_JSON) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Chưa đăng nhập, phiên hết hạn hoặc sai thông tin đăng nhập / no caller, an expired session, or wrong credentials (UNAUTHENTICATED, INVALID_CREDENTIALS) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Không có quyền, hoặc thiếu mã chống giả mạo (CSRF) / not allowed, or the CSRF token is missing (FORBIDDEN, CSRF_INVALID) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Nội dung gửi lên quá lớn / the body is too large (PAYLOAD_TOO_LARGE) */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Kiểu nội dung không được hỗ trợ / unsupported content type (UNSUPPORTED_MEDIA_TYPE) */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Dữ liệu không hợp lệ, không có gì được ghi / invalid data, nothing was written (VALIDATION_FAILED, REPORT_TEMPLATE_INVALID, FILE_UNREADABLE) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Lỗi nội bộ máy chủ / internal server error (INTERNAL, PDF_FAILED) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dossiers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Hồ sơ của một đơn vị (cả cấp dưới) trong kỳ, lọc theo lĩnh vực, kênh, kết quả; JSON hoặc CSV / dossiers of a unit and period */
        get: {
            parameters: {
                query: {
                    unit: string;
                    /** @description Kỳ: 2023, 2023S1, 2023Q2, 202306 */
                    period: string;
                    view?: "was" | "now";
                    dateOf?: "received" | "finished";
                    /** @description Mã lĩnh vực / field code (DAT_DAI, HO_TICH…) */
                    field?: string;
                    channel?: "online" | "offline";
                    result?: "on_time" | "late";
                    /** @description csv: cả danh sách (tối đa 200.000 dòng) / the whole list as CSV */
                    format?: "json" | "csv";
                    limit?: number;
                    offset?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Thành công / OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            unit: {
                                code: string;
                                name: string;
                            };
                            period: string;
                            view: string;
                            total: number;
                            limit: number;
                            offset: number;
                            items: {
                                id: number;
                                source: string;
                                /** @description Mã hồ sơ trong hệ thống nguồn / the source system’s own id */
                                sourceId: string;
                                /** @description Mã thủ tục / procedure code */
                                procedureCode: string;
                                procedureName: string | null;
                                /** @description Mã lĩnh vực / field code (DAT_DAI, HO_TICH…) */
                                field: string;
                                /**
                                 * @description online: trực tuyến; offline: trực tiếp, bưu chính
                                 * @enum {string}
                                 */
                                channel: "online" | "offline";
                                level: string | null;
                                /** @description Mã đơn vị tiếp nhận / receiving unit */
                                unit: string;
                                /** Format: calendar-date */
                                receivedOn: string;
                                /** Format: calendar-date */
                                dueOn: string | null;
                                /** Format: calendar-date */
                                finishedOn: string | null;
                                result: string | null;
                                /** @enum {string} */
                                state: "received" | "processing" | "finished" | "cancelled";
                                fieldName: string;
                                version: number;
                                /** @description Dữ liệu mô phỏng / invented for the demo */
                                simulated: boolean;
                            }[];
                        };
                        "text/csv": string;
                    };
                };
                /** @description Yêu cầu sai: tham số, trường hoặc nội dung không hợp lệ / a bad request: a parameter, field or body that fails its schema (BAD_REQUEST, INVALID_DATE, INVALID_JSON) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Chưa đăng nhập, phiên hết hạn hoặc sai thông tin đăng nhập / no caller, an expired session, or wrong credentials (UNAUTHENTICATED, INVALID_CREDENTIALS) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Không có quyền, hoặc thiếu mã chống giả mạo (CSRF) / not allowed, or the CSRF token is missing (FORBIDDEN, CSRF_INVALID) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Không tìm thấy / not found (NOT_FOUND, UNIT_NOT_FOUND, FRAMEWORK_NOT_FOUND, EDITION_NOT_FOUND, SCORE_RUN_NOT_FOUND, INDICATOR_NOT_FOUND, PLAN_NOT_FOUND, REPORT_TEMPLATE_NOT_FOUND, JOB_NOT_FOUND, REPORT_NOT_FOUND, RECORD_NOT_FOUND, ROUTE_NOT_FOUND) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Lỗi nội bộ máy chủ / internal server error (INTERNAL, PDF_FAILED) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dossiers/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Hồ sơ tiếp nhận theo lĩnh vực và kênh, tỷ lệ trực tuyến / received dossiers by field and channel, the online rate */
        get: {
            parameters: {
                query: {
                    unit: string;
                    /** @description Kỳ: 2023, 2023S1, 2023Q2, 202306 */
                    period: string;
                    view?: "was" | "now";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Thành công / OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            unit: {
                                code: string;
                                name: string;
                            };
                            period: string;
                            view: string;
                            /** @description Có hồ sơ mô phỏng của bản trình diễn / some records are simulated */
                            simulated: boolean;
                            received: number;
                            online: number;
                            /** @description % (2 chữ số thập phân); null khi không có hồ sơ / null without dossiers */
                            onlineRate: number | null;
                            /**
                             * Format: date
                             * @description Khi kỳ không có hồ sơ: ngày tiếp nhận hồ sơ gần nhất của đơn vị (mọi kỳ), để chỉ tới kỳ có số liệu; null nếu kỳ có hồ sơ hoặc đơn vị chưa có hồ sơ nào / when the period has none: the last day one of the unit was received
                             */
                            lastReceived: string | null;
                            byField: {
                                field: string;
                                name: string;
                                received: number;
                                online: number;
                                finished: number;
                                onTime: number;
                                /** @description % (2 chữ số thập phân); null khi không có hồ sơ / null without dossiers */
                                onlineRate: number | null;
                                /** @description % (2 chữ số thập phân); null khi không có hồ sơ / null without dossiers */
                                onTimeRate: number | null;
                            }[];
                            byChannel: {
                                channel: string;
                                received: number;
                                /** @description % (2 chữ số thập phân); null khi không có hồ sơ / null without dossiers */
                                share: number | null;
                            }[];
                        };
                    };
                };
                /** @description Yêu cầu sai: tham số, trường hoặc nội dung không hợp lệ / a bad request: a parameter, field or body that fails its schema (BAD_REQUEST, INVALID_DATE, INVALID_JSON) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Chưa đăng nhập, phiên hết hạn hoặc sai thông tin đăng nhập / no caller, an expired session, or wrong credentials (UNAUTHENTICATED, INVALID_CREDENTIALS) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Không có quyền, hoặc thiếu mã chống giả mạo (CSRF) / not allowed, or the CSRF token is missing (FORBIDDEN, CSRF_INVALID) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Không tìm thấy / not found (NOT_FOUND, UNIT_NOT_FOUND, FRAMEWORK_NOT_FOUND, EDITION_NOT_FOUND, SCORE_RUN_NOT_FOUND, INDICATOR_NOT_FOUND, PLAN_NOT_FOUND, REPORT_TEMPLATE_NOT_FOUND, JOB_NOT_FOUND, REPORT_NOT_FOUND, RECORD_NOT_FOUND, ROUTE_NOT_FOUND) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Lỗi nội bộ máy chủ / internal server error (INTERNAL, PDF_FAILED) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dossiers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Một hồ sơ và các phiên bản của nó / one dossier and its versions */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Thành công / OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            source: string;
                            /** @description Mã hồ sơ trong hệ thống nguồn / the source system’s own id */
                            sourceId: string;
                            /** @description Mã thủ tục / procedure code */
                            procedureCode: string;
                            procedureName: string | null;
                            /** @description Mã lĩnh vực / field code (DAT_DAI, HO_TICH…) */
                            field: string;
                            /**
                             * @description online: trực tuyến; offline: trực tiếp, bưu chính
                             * @enum {string}
                             */
                            channel: "online" | "offline";
                            level: string | null;
                            /** @description Mã đơn vị tiếp nhận / receiving unit */
                            unit: string;
                            /** Format: calendar-date */
                            receivedOn: string;
                            /** Format: calendar-date */
                            dueOn: string | null;
                            /** Format: calendar-date */
                            finishedOn: string | null;
                            result: string | null;
                            /** @enum {string} */
                            state: "received" | "processing" | "finished" | "cancelled";
                            fieldName: string;
                            version: number;
                            /** @description Dữ liệu mô phỏng / invented for the demo */
                            simulated: boolean;
                            versions: {
                                version: number;
                                data: {
                                    [key: string]: unknown;
                                };
                                recordedBy: string;
                                recordedAt: string;
                            }[];
                        };
                    };
                };
                /** @description Yêu cầu sai: tham số, trường hoặc nội dung không hợp lệ / a bad request: a parameter, field or body that fails its schema (BAD_REQUEST, INVALID_DATE, INVALID_JSON) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Chưa đăng nhập, phiên hết hạn hoặc sai thông tin đăng nhập / no caller, an expired session, or wrong credentials (UNAUTHENTICATED, INVALID_CREDENTIALS) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Không có quyền, hoặc thiếu mã chống giả mạo (CSRF) / not allowed, or the CSRF token is missing (FORBIDDEN, CSRF_INVALID) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Không tìm thấy / not found (NOT_FOUND, UNIT_NOT_FOUND, FRAMEWORK_NOT_FOUND, EDITION_NOT_FOUND, SCORE_RUN_NOT_FOUND, INDICATOR_NOT_FOUND, PLAN_NOT_FOUND, REPORT_TEMPLATE_NOT_FOUND, JOB_NOT_FOUND, REPORT_NOT_FOUND, RECORD_NOT_FOUND, ROUTE_NOT_FOUND) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Lỗi nội bộ máy chủ / internal server error (INTERNAL, PDF_FAILED) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Các tệp báo cáo đã tạo, mới nhất trước (quản trị viên) / the generated report files, newest first (admins) */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    offset?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Thành công / OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                jobId: number;
                                plan: string;
                                unit: string;
                                period: string;
                                format: string;
                                mediaType: string;
                                fileName: string;
                                size: number;
                                requestedBy: string | null;
                                createdAt: string;
                            }[];
                            total: number;
                            limit: number;
                            offset: number;
                        };
                    };
                };
                /** @description Yêu cầu sai: tham số, trường hoặc nội dung không hợp lệ / a bad request: a parameter, field or body that fails its schema (BAD_REQUEST, INVALID_DATE, INVALID_JSON) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Chưa đăng nhập, phiên hết hạn hoặc sai thông tin đăng nhập / no caller, an expired session, or wrong credentials (UNAUTHENTICATED, INVALID_CREDENTIALS) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Không có quyền, hoặc thiếu mã chống giả mạo (CSRF) / not allowed, or the CSRF token is missing (FORBIDDEN, CSRF_INVALID) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Lỗi nội bộ máy chủ / internal server error (INTERNAL, PDF_FAILED) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        put?: never;
        /** Tạo báo cáo (tác vụ chạy nền): DOCX, PDF, XLSX hoặc Markdown / generate a report (a background job): DOCX, PDF, XLSX or Markdown */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        plan: string;
                        unit: string;
                        period: string;
                        /** Format: calendar-date */
                        date?: string;
                        /** @enum {string} */
                        format: "docx" | "pdf" | "xlsx" | "md";
                    };
                };
            };
            responses: {
                /** @description Đã nhận, sẽ chạy sau / accepted, to run in the background */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            /** @enum {string} */
                            status: "queued" | "running" | "done" | "failed";
                            links: {
                                self: string;
                                file: string;
                            };
                        };
                    };
                };
                /** @description Yêu cầu sai: tham số, trường hoặc nội dung không hợp lệ / a bad request: a parameter, field or body that fails its schema (BAD_REQUEST, INVALID_DATE, INVALID_JSON) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Chưa đăng nhập, phiên hết hạn hoặc sai thông tin đăng nhập / no caller, an expired session, or wrong credentials (UNAUTHENTICATED, INVALID_CREDENTIALS) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Không có quyền, hoặc thiếu mã chống giả mạo (CSRF) / not allowed, or the CSRF token is missing (FORBIDDEN, CSRF_INVALID) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Không tìm thấy / not found (NOT_FOUND, UNIT_NOT_FOUND, FRAMEWORK_NOT_FOUND, EDITION_NOT_FOUND, SCORE_RUN_NOT_FOUND, INDICATOR_NOT_FOUND, PLAN_NOT_FOUND, REPORT_TEMPLATE_NOT_FOUND, JOB_NOT_FOUND, REPORT_NOT_FOUND, RECORD_NOT_FOUND, ROUTE_NOT_FOUND) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Nội dung gửi lên quá lớn / the body is too large (PAYLOAD_TOO_LARGE) */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Kiểu nội dung không được hỗ trợ / unsupported content type (UNSUPPORTED_MEDIA_TYPE) */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Lỗi nội bộ máy chủ / internal server error (INTERNAL, PDF_FAILED) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Xem trước nội dung báo cáo (dữ liệu của báo cáo) / preview a report: its content as data */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        plan: string;
                        unit: string;
                        period: string;
                        /** Format: calendar-date */
                        date?: string;
                    };
                };
            };
            responses: {
                /** @description Thành công / OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            header: {
                                parentBody: string;
                                issuingBody: string;
                                number: string;
                                place: string;
                                date: string;
                                documentType: string;
                                summary: string;
                            };
                            introduction: string[];
                            sections: {
                                key: string;
                                title: string;
                                paragraphs: string[];
                                tables: {
                                    title: string;
                                    columns: {
                                        label: string;
                                        format: {
                                            /** @enum {string} */
                                            kind: "text" | "number" | "percent";
                                            decimals?: number;
                                        };
                                    }[];
                                    rows: (string | number | null)[][];
                                    note?: string;
                                }[];
                            }[];
                            closing: {
                                key: string;
                                title: string;
                                paragraphs: string[];
                                tables: {
                                    title: string;
                                    columns: {
                                        label: string;
                                        format: {
                                            /** @enum {string} */
                                            kind: "text" | "number" | "percent";
                                            decimals?: number;
                                        };
                                    }[];
                                    rows: (string | number | null)[][];
                                    note?: string;
                                }[];
                            }[];
                            signature: {
                                authority: string;
                                title: string;
                                name: string;
                            };
                            recipients: string[];
                            sources: {
                                subject: string;
                                citation: string;
                            }[];
                            simulatedNotice?: string;
                        };
                    };
                };
                /** @description Yêu cầu sai: tham số, trường hoặc nội dung không hợp lệ / a bad request: a parameter, field or body that fails its schema (BAD_REQUEST, INVALID_DATE, INVALID_JSON) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Chưa đăng nhập, phiên hết hạn hoặc sai thông tin đăng nhập / no caller, an expired session, or wrong credentials (UNAUTHENTICATED, INVALID_CREDENTIALS) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Không có quyền, hoặc thiếu mã chống giả mạo (CSRF) / not allowed, or the CSRF token is missing (FORBIDDEN, CSRF_INVALID) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Không tìm thấy / not found (NOT_FOUND, UNIT_NOT_FOUND, FRAMEWORK_NOT_FOUND, EDITION_NOT_FOUND, SCORE_RUN_NOT_FOUND, INDICATOR_NOT_FOUND, PLAN_NOT_FOUND, REPORT_TEMPLATE_NOT_FOUND, JOB_NOT_FOUND, REPORT_NOT_FOUND, RECORD_NOT_FOUND, ROUTE_NOT_FOUND) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Nội dung gửi lên quá lớn / the body is too large (PAYLOAD_TOO_LARGE) */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Kiểu nội dung không được hỗ trợ / unsupported content type (UNSUPPORTED_MEDIA_TYPE) */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Lỗi nội bộ máy chủ / internal server error (INTERNAL, PDF_FAILED) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Trạng thái và tiến độ một báo cáo (người yêu cầu hoặc quản trị viên) / a report job: state and progress (its requester or admins) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Thành công / OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            /** @enum {string} */
                            status: "queued" | "running" | "done" | "failed";
                            progress: {
                                step: number;
                                steps: number;
                                message: string;
                            } | null;
                            report: {
                                fileName: string;
                                size: number;
                                mediaType: string;
                                format: string;
                            } | null;
                            error: string | null;
                            requestedBy: string | null;
                            createdAt: string;
                            updatedAt: string;
                            links: {
                                self: string;
                                file: string;
                            };
                        };
                    };
                };
                /** @description Yêu cầu sai: tham số, trường hoặc nội dung không hợp lệ / a bad request: a parameter, field or body that fails its schema (BAD_REQUEST, INVALID_DATE, INVALID_JSON) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Chưa đăng nhập, phiên hết hạn hoặc sai thông tin đăng nhập / no caller, an expired session, or wrong credentials (UNAUTHENTICATED, INVALID_CREDENTIALS) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Không có quyền, hoặc thiếu mã chống giả mạo (CSRF) / not allowed, or the CSRF token is missing (FORBIDDEN, CSRF_INVALID) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Không tìm thấy / not found (NOT_FOUND, UNIT_NOT_FOUND, FRAMEWORK_NOT_FOUND, EDITION_NOT_FOUND, SCORE_RUN_NOT_FOUND, INDICATOR_NOT_FOUND, PLAN_NOT_FOUND, REPORT_TEMPLATE_NOT_FOUND, JOB_NOT_FOUND, REPORT_NOT_FOUND, RECORD_NOT_FOUND, ROUTE_NOT_FOUND) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Lỗi nội bộ máy chủ / internal server error (INTERNAL, PDF_FAILED) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/{id}/file": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Tải tệp báo cáo đã tạo xong / download a finished report file */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Tệp báo cáo, tên tệp trong Content-Disposition / the report file, its name in Content-Disposition */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document": string;
                        "application/pdf": string;
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                        "text/markdown": string;
                    };
                };
                /** @description Yêu cầu sai: tham số, trường hoặc nội dung không hợp lệ / a bad request: a parameter, field or body that fails its schema (BAD_REQUEST, INVALID_DATE, INVALID_JSON) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Chưa đăng nhập, phiên hết hạn hoặc sai thông tin đăng nhập / no caller, an expired session, or wrong credentials (UNAUTHENTICATED, INVALID_CREDENTIALS) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Không có quyền, hoặc thiếu mã chống giả mạo (CSRF) / not allowed, or the CSRF token is missing (FORBIDDEN, CSRF_INVALID) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Không tìm thấy / not found (NOT_FOUND, UNIT_NOT_FOUND, FRAMEWORK_NOT_FOUND, EDITION_NOT_FOUND, SCORE_RUN_NOT_FOUND, INDICATOR_NOT_FOUND, PLAN_NOT_FOUND, REPORT_TEMPLATE_NOT_FOUND, JOB_NOT_FOUND, REPORT_NOT_FOUND, RECORD_NOT_FOUND, ROUTE_NOT_FOUND) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Xung đột với trạng thái đã lưu / conflicts with the stored state (CONFLICT, SELF_LOCKOUT, LOCKED, INVALID_TRANSITION, REPORT_NOT_READY) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Lỗi nội bộ máy chủ / internal server error (INTERNAL, PDF_FAILED) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
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
        /**
         * ApiError
         * @description Mọi câu trả lời lỗi có cùng dạng, mã trạng thái HTTP theo mã lỗi (xem bảng mã lỗi ở phần mô tả) / Every error answer has this shape, with the HTTP status of its code (see the error catalogue in the description)
         */
        ApiError: {
            error: {
                /**
                 * @description Mã ổn định, để máy xử lý / stable code, for clients to branch on
                 * @enum {string}
                 */
                code: "BAD_REQUEST" | "INVALID_DATE" | "INVALID_JSON" | "NOT_FOUND" | "UNIT_NOT_FOUND" | "FRAMEWORK_NOT_FOUND" | "EDITION_NOT_FOUND" | "SCORE_RUN_NOT_FOUND" | "INDICATOR_NOT_FOUND" | "PLAN_NOT_FOUND" | "REPORT_TEMPLATE_NOT_FOUND" | "JOB_NOT_FOUND" | "REPORT_NOT_FOUND" | "RECORD_NOT_FOUND" | "ROUTE_NOT_FOUND" | "METHOD_NOT_ALLOWED" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "UNSUPPORTED_MEDIA_TYPE" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "CSRF_INVALID" | "CONFLICT" | "SELF_LOCKOUT" | "LOCKED" | "INVALID_TRANSITION" | "REPORT_NOT_READY" | "VALIDATION_FAILED" | "REPORT_TEMPLATE_INVALID" | "FILE_UNREADABLE" | "RATE_LIMITED" | "INTERNAL" | "DB_UNAVAILABLE" | "PDF_UNAVAILABLE" | "PDF_FAILED" | "AGGREGATES_NOT_READY";
                /** @description Cho người đọc: tiếng Việt, rồi " / " và tiếng Anh / for people: Vietnamese, then " / " and English */
                message: string;
                /** @description Chi tiết theo mã lỗi, ví dụ [{field, message}] / details by code, e.g. [{field, message}] naming the field */
                details?: unknown[];
            };
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
