// Generated from specs/plaid.yml by tools/generator; do not edit (change the document or the generator).
// Every example in the document must satisfy the generated types; `tsc --noEmit` checks it.
import type { paths } from "./schema.js";

/** `T` with every array and object readonly: what a `const` literal is checked against. */
type DeepReadonly<T> = T extends (infer E)[]
  ? readonly DeepReadonly<E>[]
  : T extends object
    ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
    : T;

/**
 * Whether a value fits `T`, as a type-level `extends`: unlike `satisfies` (or a parameter
 * typed `T`) it makes no excess-property check, so an example may carry properties its schema
 * does not name, as a schema without `additionalProperties: false` allows. A value that does not
 * fit leaves out the argument `example_does_not_fit_its_type`.
 */
const example =
  <T>() =>
  <const V>(
    value: V,
    ..._fits: [V] extends [DeepReadonly<T>] ? [] : [example_does_not_fit_its_type: never]
  ): V =>
    value;

// POST /asset_report/create: 200 example example-1
example<paths["/asset_report/create"]["post"]["responses"][200]["content"]["application/json"]>()({
  asset_report_token: "assets-sandbox-6f12f5bb-22dd-4855-b918-f47ec439198a",
  asset_report_id: "1f414183-220c-44f5-b0c8-bc0e6d4053bb",
  request_id: "Iam3b",
});

// POST /asset_report/get: 200 example example-1
example<paths["/asset_report/get"]["post"]["responses"][200]["content"]["application/json"]>()({
  report: {
    asset_report_id: "028e8404-a013-4a45-ac9e-002482f9cafc",
    client_report_id: "client_report_id_1221",
    date_generated: "2023-03-30T18:27:37Z",
    days_requested: 90,
    items: [
      {
        accounts: [
          {
            account_id: "1qKRXQjk8xUWDJojNwPXTj8gEmR48piqRNye8",
            balances: {
              available: 43200,
              current: 43200,
              limit: null,
              margin_loan_amount: null,
              iso_currency_code: "USD",
              unofficial_currency_code: null,
            },
            days_available: 90,
            historical_balances: [
              {
                current: 49050,
                date: "2023-03-29",
                iso_currency_code: "USD",
                unofficial_currency_code: null,
              },
              {
                current: 49050,
                date: "2023-03-28",
                iso_currency_code: "USD",
                unofficial_currency_code: null,
              },
              {
                current: 49050,
                date: "2023-03-27",
                iso_currency_code: "USD",
                unofficial_currency_code: null,
              },
              {
                current: 49050,
                date: "2023-03-26",
                iso_currency_code: "USD",
                unofficial_currency_code: null,
              },
              {
                current: 49050,
                date: "2023-03-25",
                iso_currency_code: "USD",
                unofficial_currency_code: null,
              },
            ],
            mask: "4444",
            name: "Plaid Money Market",
            official_name: "Plaid Platinum Standard 1.85% Interest Money Market",
            owners: [
              {
                addresses: [
                  {
                    data: {
                      city: "Malakoff",
                      country: "US",
                      region: "NY",
                      street: "2992 Cameron Road",
                      postal_code: "14236",
                    },
                    primary: true,
                  },
                  {
                    data: {
                      city: "San Matias",
                      country: "US",
                      region: "CA",
                      street: "2493 Leisure Lane",
                      postal_code: "93405-2255",
                    },
                    primary: false,
                  },
                ],
                emails: [
                  {
                    data: "accountholder0@example.com",
                    primary: true,
                    type: "primary",
                  },
                  {
                    data: "accountholder1@example.com",
                    primary: false,
                    type: "secondary",
                  },
                  {
                    data: "extraordinarily.long.email.username.123456@reallylonghostname.com",
                    primary: false,
                    type: "other",
                  },
                ],
                names: [
                  "Alberta Bobbeth Charleson",
                ],
                phone_numbers: [
                  {
                    data: "+1 111-555-3333",
                    primary: false,
                    type: "home",
                  },
                  {
                    data: "+1 111-555-4444",
                    primary: false,
                    type: "work",
                  },
                  {
                    data: "+1 111-555-5555",
                    primary: false,
                    type: "mobile",
                  },
                ],
              },
            ],
            ownership_type: null,
            subtype: "money market",
            transactions: [
              {
                account_id: "1qKRXQjk8xUWDJojNwPXTj8gEmR48piqRNye8",
                amount: 5850,
                date: "2023-03-30",
                iso_currency_code: "USD",
                original_description: "ACH Electronic CreditGUSTO PAY 123456",
                pending: false,
                transaction_id: "gGQgjoeyqBF89PND6K14Sow1wddZBmtLomJ78",
                unofficial_currency_code: null,
              },
            ],
            type: "depository",
          },
          {
            account_id: "eG7pNLjknrFpWvP7Dkbdf3Pq6GVBPKTaQJK5v",
            balances: {
              available: 100,
              current: 110,
              limit: null,
              margin_loan_amount: null,
              iso_currency_code: "USD",
              unofficial_currency_code: null,
            },
            days_available: 90,
            historical_balances: [
              {
                current: 110,
                date: "2023-03-29",
                iso_currency_code: "USD",
                unofficial_currency_code: null,
              },
              {
                current: -390,
                date: "2023-03-28",
                iso_currency_code: "USD",
                unofficial_currency_code: null,
              },
              {
                current: -373.67,
                date: "2023-03-27",
                iso_currency_code: "USD",
                unofficial_currency_code: null,
              },
              {
                current: -284.27,
                date: "2023-03-26",
                iso_currency_code: "USD",
                unofficial_currency_code: null,
              },
              {
                current: -284.27,
                date: "2023-03-25",
                iso_currency_code: "USD",
                unofficial_currency_code: null,
              },
            ],
            mask: "0000",
            name: "Plaid Checking",
            official_name: "Plaid Gold Standard 0% Interest Checking",
            owners: [
              {
                addresses: [
                  {
                    data: {
                      city: "Malakoff",
                      country: "US",
                      region: "NY",
                      street: "2992 Cameron Road",
                      postal_code: "14236",
                    },
                    primary: true,
                  },
                  {
                    data: {
                      city: "San Matias",
                      country: "US",
                      region: "CA",
                      street: "2493 Leisure Lane",
                      postal_code: "93405-2255",
                    },
                    primary: false,
                  },
                ],
                emails: [
                  {
                    data: "accountholder0@example.com",
                    primary: true,
                    type: "primary",
                  },
                  {
                    data: "accountholder1@example.com",
                    primary: false,
                    type: "secondary",
                  },
                  {
                    data: "extraordinarily.long.email.username.123456@reallylonghostname.com",
                    primary: false,
                    type: "other",
                  },
                ],
                names: [
                  "Alberta Bobbeth Charleson",
                ],
                phone_numbers: [
                  {
                    data: "+1 111-555-3333",
                    primary: false,
                    type: "home",
                  },
                  {
                    data: "+1 111-555-4444",
                    primary: false,
                    type: "work",
                  },
                  {
                    data: "+1 111-555-5555",
                    primary: false,
                    type: "mobile",
                  },
                ],
              },
            ],
            ownership_type: null,
            subtype: "checking",
            transactions: [
              {
                account_id: "eG7pNLjknrFpWvP7Dkbdf3Pq6GVBPKTaQJK5v",
                amount: 89.4,
                date: "2023-03-27",
                iso_currency_code: "USD",
                original_description: "SparkFun",
                pending: false,
                transaction_id: "4zBRq1Qem4uAPnoyKjJNTRQpQddM4ztlo1PLD",
                unofficial_currency_code: null,
              },
              {
                account_id: "eG7pNLjknrFpWvP7Dkbdf3Pq6GVBPKTaQJK5v",
                amount: 12,
                date: "2023-03-28",
                iso_currency_code: "USD",
                original_description: "McDonalds #3322",
                pending: false,
                transaction_id: "dkjL41PnbKsPral79jpxhMWdW55gkPfBkWpRL",
                unofficial_currency_code: null,
              },
              {
                account_id: "eG7pNLjknrFpWvP7Dkbdf3Pq6GVBPKTaQJK5v",
                amount: 4.33,
                date: "2023-03-28",
                iso_currency_code: "USD",
                original_description: "Starbucks",
                pending: false,
                transaction_id: "a84ZxQaWDAtDL3dRgmazT57K7jjN3WFkNWMDy",
                unofficial_currency_code: null,
              },
              {
                account_id: "eG7pNLjknrFpWvP7Dkbdf3Pq6GVBPKTaQJK5v",
                amount: -500,
                date: "2023-03-29",
                iso_currency_code: "USD",
                original_description: "United Airlines **** REFUND ****",
                pending: false,
                transaction_id: "xG9jbv3eMoFWepzB7wQLT3LoLggX5Duy1Gbe5",
                unofficial_currency_code: null,
              },
            ],
            type: "depository",
          },
        ],
        date_last_updated: "2023-03-30T18:25:26Z",
        institution_id: "ins_109508",
        institution_name: "First Platypus Bank",
        item_id: "AZMP7JrGXgtPd3AQMeg7hwMKgk5E8qU1V5ME7",
      },
    ],
    user: {
      client_user_id: "uid_40332",
      email: "abcharleston@example.com",
      first_name: "Anna",
      last_name: "Charleston",
      middle_name: "B",
      phone_number: "1-415-867-5309",
      ssn: "111-22-1234",
    },
  },
  request_id: "GVzMdiDd8DDAQK4",
  warnings: [],
});

// POST /asset_report/refresh: 200 example example-1
example<paths["/asset_report/refresh"]["post"]["responses"][200]["content"]["application/json"]>()({
  asset_report_id: "c33ebe8b-6a63-4d74-a83d-d39791231ac0",
  asset_report_token: "assets-sandbox-8218d5f8-6d6d-403d-92f5-13a9afaa4398",
  request_id: "NBZaq",
});

// POST /asset_report/filter: 200 example example-1
example<paths["/asset_report/filter"]["post"]["responses"][200]["content"]["application/json"]>()({
  asset_report_token: "assets-sandbox-bc410c6a-4653-4c75-985c-e757c3497c5c",
  asset_report_id: "fdc09207-0cef-4d88-b5eb-0d970758ebd9",
  request_id: "qEg07",
});

// POST /asset_report/remove: 200 example example-1
example<paths["/asset_report/remove"]["post"]["responses"][200]["content"]["application/json"]>()({
  removed: true,
  request_id: "I6zHN",
});

// POST /asset_report/audit_copy/create: 200 example example-1
example<paths["/asset_report/audit_copy/create"]["post"]["responses"][200]["content"]["application/json"]>()({
  audit_copy_token: "a-sandbox-3TAU2CWVYBDVRHUCAAAI27ULU4",
  request_id: "Iam3b",
});

// POST /asset_report/audit_copy/remove: 200 example example-1
example<paths["/asset_report/audit_copy/remove"]["post"]["responses"][200]["content"]["application/json"]>()({
  removed: true,
  request_id: "m8MDnv9okwxFNBV",
});

// POST /cra/monitoring_insights/subscribe: 200 example example-1
example<paths["/cra/monitoring_insights/subscribe"]["post"]["responses"][200]["content"]["application/json"]>()({
  subscription_id: "f17efbdd-caab-4278-8ece-963511cd3d51",
  request_id: "GVzMdiDd8DDAQK4",
});

// POST /cra/monitoring_insights/unsubscribe: 200 example example-1
example<paths["/cra/monitoring_insights/unsubscribe"]["post"]["responses"][200]["content"]["application/json"]>()({
  request_id: "GVzMdiDd8DDAQK4",
});

// POST /cra/monitoring_insights/get: 200 example example-1
example<paths["/cra/monitoring_insights/get"]["post"]["responses"][200]["content"]["application/json"]>()({
  user_insights_id: "028e8404-a013-4a45-ac9e-002482f9cafc",
  items: [
    {
      date_generated: "2023-03-30T18:27:37Z",
      item_id: "AZMP7JrGXgtPd3AQMeg7hwMKgk5E8qU1V5ME7",
      institution_id: "ins_0",
      institution_name: "Plaid Bank",
      status: {
        status_code: "AVAILABLE",
      },
      insights: {
        income: {
          income_sources: [
            {
              income_source_id: "f17efbdd-caab-4278-8ece-963511cd3d51",
              income_description: "PLAID_INC_DIRECT_DEP_PPD",
              income_category: "SALARY",
              last_transaction_date: "2023-03-30",
            },
          ],
          forecasted_monthly_income: {
            current_amount: 12000,
          },
          total_monthly_income: {
            current_amount: 20000.31,
          },
          historical_annual_income: {
            current_amount: 144000,
          },
          income_sources_counts: {
            current_count: 1,
          },
        },
        loans: {
          loan_payments_counts: {
            current_count: 1,
          },
          loan_payment_merchants_counts: {
            current_count: 1,
          },
          loan_disbursements_count: 1,
        },
      },
      accounts: [
        {
          account_id: "NZzx4oRPkAHzyRekpG4PTZkoGpNAR4uypaj1E",
          attributes: {
            total_inflow_amount: {
              amount: -2500,
              iso_currency_code: "USD",
              unofficial_currency_code: null,
            },
            total_inflow_amount_30d: {
              amount: -1000,
              iso_currency_code: "USD",
              unofficial_currency_code: null,
            },
            total_inflow_amount_60d: {
              amount: -2500,
              iso_currency_code: "USD",
              unofficial_currency_code: null,
            },
            total_inflow_amount_90d: {
              amount: -2500,
              iso_currency_code: "USD",
              unofficial_currency_code: null,
            },
            total_outflow_amount: {
              amount: 2500,
              iso_currency_code: "USD",
              unofficial_currency_code: null,
            },
            total_outflow_amount_30d: {
              amount: 1000,
              iso_currency_code: "USD",
              unofficial_currency_code: null,
            },
            total_outflow_amount_60d: {
              amount: 2500,
              iso_currency_code: "USD",
              unofficial_currency_code: null,
            },
            total_outflow_amount_90d: {
              amount: 2500,
              iso_currency_code: "USD",
              unofficial_currency_code: null,
            },
          },
          balances: {
            available: 5000,
            average_balance: 4956.12,
            average_monthly_balances: [
              {
                average_balance: {
                  amount: 4956.12,
                  iso_currency_code: "USD",
                  unofficial_currency_code: null,
                },
                end_date: "2024-07-31",
                start_date: "2024-07-01",
              },
            ],
            current: 5000,
            iso_currency_code: "USD",
            limit: null,
            most_recent_thirty_day_average_balance: 4956.125,
            unofficial_currency_code: null,
          },
          consumer_disputes: [],
          days_available: 365,
          mask: "1208",
          metadata: {
            start_date: "2024-01-01",
            end_date: "2024-07-16",
          },
          name: "Checking",
          official_name: "Plaid checking",
          owners: [
            {
              addresses: [
                {
                  data: {
                    city: "Malakoff",
                    country: "US",
                    postal_code: "14236",
                    region: "NY",
                    street: "2992 Cameron Road",
                  },
                  primary: true,
                },
                {
                  data: {
                    city: "San Matias",
                    country: "US",
                    postal_code: "93405-2255",
                    region: "CA",
                    street: "2493 Leisure Lane",
                  },
                  primary: false,
                },
              ],
              emails: [
                {
                  data: "accountholder0@example.com",
                  primary: true,
                  type: "primary",
                },
                {
                  data: "accountholder1@example.com",
                  primary: false,
                  type: "secondary",
                },
                {
                  data: "extraordinarily.long.email.username.123456@reallylonghostname.com",
                  primary: false,
                  type: "other",
                },
              ],
              names: [
                "Alberta Bobbeth Charleson",
              ],
              phone_numbers: [
                {
                  data: "+1 111-555-3333",
                  primary: false,
                  type: "home",
                },
                {
                  data: "+1 111-555-4444",
                  primary: false,
                  type: "work",
                },
                {
                  data: "+1 111-555-5555",
                  primary: false,
                  type: "mobile",
                },
              ],
            },
          ],
          ownership_type: null,
          subtype: "checking",
          transactions: [
            {
              account_id: "NZzx4oRPkAHzyRekpG4PTZkoGpNAR4uypaj1E",
              account_owner: null,
              amount: 37.07,
              check_number: null,
              credit_category: {
                detailed: "GENERAL_MERCHANDISE_ONLINE_MARKETPLACES",
                primary: "GENERAL_MERCHANDISE",
              },
              date: "2024-07-12",
              date_posted: "2024-07-12T00:00:00Z",
              date_transacted: "2024-07-12",
              iso_currency_code: "USD",
              location: {
                address: null,
                city: null,
                country: null,
                lat: null,
                lon: null,
                postal_code: null,
                region: null,
                state: null,
                store_number: null,
                zip: null,
              },
              merchant_name: "Amazon",
              original_description: "AMZN Mktp US*11111111 Amzn.com/bill WA AM",
              pending: false,
              transaction_id: "XA7ZLy8rXzt7D3j9B6LMIgv5VxyQkAhbKjzmp",
              unofficial_currency_code: null,
            },
            {
              account_id: "NZzx4oRPkAHzyRekpG4PTZkoGpNAR4uypaj1E",
              account_owner: null,
              amount: 51.61,
              check_number: null,
              credit_category: {
                detailed: "DINING_DINING",
                primary: "DINING",
              },
              date: "2024-07-12",
              date_posted: "2024-07-12T00:00:00Z",
              date_transacted: "2024-07-12",
              iso_currency_code: "USD",
              location: {
                address: null,
                city: null,
                country: null,
                lat: null,
                lon: null,
                postal_code: null,
                region: null,
                state: null,
                store_number: null,
                zip: null,
              },
              merchant_name: "Domino's",
              original_description: "DOMINO's XXXX 111-222-3333",
              pending: false,
              transaction_id: "VEPeMbWqRluPVZLQX4MDUkKRw41Ljzf9gyLBW",
              unofficial_currency_code: null,
            },
            {
              account_id: "NZzx4oRPkAHzyRekpG4PTZkoGpNAR4uypaj1E",
              account_owner: null,
              amount: 7.55,
              check_number: null,
              credit_category: {
                detailed: "GENERAL_MERCHANDISE_FURNITURE_AND_HARDWARE",
                primary: "GENERAL_MERCHANDISE",
              },
              date: "2024-07-12",
              date_posted: "2024-07-12T00:00:00Z",
              date_transacted: "2024-07-12",
              iso_currency_code: "USD",
              location: {
                address: null,
                city: "Chicago",
                country: null,
                lat: null,
                lon: null,
                postal_code: null,
                region: null,
                state: null,
                store_number: null,
                zip: null,
              },
              merchant_name: "IKEA",
              original_description: "IKEA CHICAGO",
              pending: false,
              transaction_id: "6GQZARgvroCAE1eW5wpQT7w3oB6nvzi8DKMBa",
              unofficial_currency_code: null,
            },
            {
              account_id: "NZzx4oRPkAHzyRekpG4PTZkoGpNAR4uypaj1E",
              account_owner: null,
              amount: 12.87,
              check_number: null,
              credit_category: {
                detailed: "GENERAL_MERCHANDISE_SPORTING_GOODS",
                primary: "GENERAL_MERCHANDISE",
              },
              date: "2024-07-12",
              date_posted: "2024-07-12T00:00:00Z",
              date_transacted: "2024-07-12",
              iso_currency_code: "USD",
              location: {
                address: null,
                city: "Redlands",
                country: null,
                lat: null,
                lon: null,
                postal_code: null,
                region: "CA",
                state: "CA",
                store_number: null,
                zip: null,
              },
              merchant_name: "Nike",
              original_description: "NIKE REDLANDS CA",
              pending: false,
              transaction_id: "DkbmlP8BZxibzADqNplKTeL8aZJVQ1c3WR95z",
              unofficial_currency_code: null,
            },
            {
              account_id: "NZzx4oRPkAHzyRekpG4PTZkoGpNAR4uypaj1E",
              account_owner: null,
              amount: 44.21,
              check_number: null,
              credit_category: {
                detailed: "DINING_DINING",
                primary: "DINING",
              },
              date: "2024-07-12",
              date_posted: "2024-07-12T00:00:00Z",
              date_transacted: "2024-07-12",
              iso_currency_code: "USD",
              location: {
                address: null,
                city: null,
                country: null,
                lat: null,
                lon: null,
                postal_code: null,
                region: null,
                state: null,
                store_number: null,
                zip: null,
              },
              merchant_name: null,
              original_description: "POKE BROS * POKE BRO IL",
              pending: false,
              transaction_id: "RpdN7W8GmRSdjZB9Jm7ATj4M86vdnktapkrgL",
              unofficial_currency_code: null,
            },
            {
              account_id: "NZzx4oRPkAHzyRekpG4PTZkoGpNAR4uypaj1E",
              account_owner: null,
              amount: 36.82,
              check_number: null,
              credit_category: {
                detailed: "GENERAL_MERCHANDISE_DISCOUNT_STORES",
                primary: "GENERAL_MERCHANDISE",
              },
              date: "2024-07-13",
              date_posted: "2024-07-13T00:00:00Z",
              date_transacted: "2024-07-13",
              iso_currency_code: "USD",
              location: {
                address: null,
                city: null,
                country: null,
                lat: null,
                lon: null,
                postal_code: null,
                region: null,
                state: null,
                store_number: null,
                zip: null,
              },
              merchant_name: "Family Dollar",
              original_description: "FAMILY DOLLAR",
              pending: false,
              transaction_id: "5AeQWvo5KLtAD9wNL68PTdAgPE7VNWf5Kye1G",
              unofficial_currency_code: null,
            },
            {
              account_id: "NZzx4oRPkAHzyRekpG4PTZkoGpNAR4uypaj1E",
              account_owner: null,
              amount: 13.27,
              check_number: null,
              credit_category: {
                detailed: "FOOD_RETAIL_GROCERIES",
                primary: "FOOD_RETAIL",
              },
              date: "2024-07-13",
              date_posted: "2024-07-13T00:00:00Z",
              date_transacted: "2024-07-13",
              iso_currency_code: "USD",
              location: {
                address: null,
                city: null,
                country: null,
                lat: null,
                lon: null,
                postal_code: null,
                region: null,
                state: null,
                store_number: null,
                zip: null,
              },
              merchant_name: "Instacart",
              original_description: "INSTACART HTTPSINSTACAR CA",
              pending: false,
              transaction_id: "Jjlr3MEVg1HlKbdkZj39ij5a7eg9MqtB6MWDo",
              unofficial_currency_code: null,
            },
            {
              account_id: "NZzx4oRPkAHzyRekpG4PTZkoGpNAR4uypaj1E",
              account_owner: null,
              amount: 36.03,
              check_number: null,
              credit_category: {
                detailed: "DINING_DINING",
                primary: "DINING",
              },
              date: "2024-07-13",
              date_posted: "2024-07-13T00:00:00Z",
              date_transacted: "2024-07-13",
              iso_currency_code: "USD",
              location: {
                address: null,
                city: null,
                country: null,
                lat: null,
                lon: null,
                postal_code: null,
                region: null,
                state: null,
                store_number: null,
                zip: null,
              },
              merchant_name: null,
              original_description: "POKE BROS * POKE BRO IL",
              pending: false,
              transaction_id: "kN9KV7yAZJUMPn93KDXqsG9MrpjlyLUL6Dgl8",
              unofficial_currency_code: null,
            },
            {
              account_id: "NZzx4oRPkAHzyRekpG4PTZkoGpNAR4uypaj1E",
              account_owner: null,
              amount: 54.74,
              check_number: null,
              credit_category: {
                detailed: "FOOD_RETAIL_GROCERIES",
                primary: "FOOD_RETAIL",
              },
              date: "2024-07-13",
              date_posted: "2024-07-13T00:00:00Z",
              date_transacted: "2024-07-13",
              iso_currency_code: "USD",
              location: {
                address: null,
                city: "Whittier",
                country: null,
                lat: null,
                lon: null,
                postal_code: null,
                region: "CA",
                state: "CA",
                store_number: null,
                zip: null,
              },
              merchant_name: "Smart & Final",
              original_description: "POS SMART AND FINAL 111 WHITTIER CA",
              pending: false,
              transaction_id: "lPvrweZAMqHDar43vwWKs547kLZVEzfpogGVJ",
              unofficial_currency_code: null,
            },
            {
              account_id: "NZzx4oRPkAHzyRekpG4PTZkoGpNAR4uypaj1E",
              account_owner: null,
              amount: 37.5,
              check_number: null,
              credit_category: {
                detailed: "DINING_DINING",
                primary: "DINING",
              },
              date: "2024-07-13",
              date_posted: "2024-07-13T00:00:00Z",
              date_transacted: "2024-07-13",
              iso_currency_code: "USD",
              location: {
                address: "1627 N 24th St",
                city: "Phoenix",
                country: null,
                lat: null,
                lon: null,
                postal_code: "85008",
                region: "AZ",
                state: "AZ",
                store_number: null,
                zip: "85008",
              },
              merchant_name: "Taqueria El Guerrerense",
              original_description: "TAQUERIA EL GUERRERO PHOENIX AZ",
              pending: false,
              transaction_id: "wka74WKqngiyJ3pj7dl5SbpLGQBZqyCPZRDbP",
              unofficial_currency_code: null,
            },
            {
              account_id: "NZzx4oRPkAHzyRekpG4PTZkoGpNAR4uypaj1E",
              account_owner: null,
              amount: 41.42,
              check_number: null,
              credit_category: {
                detailed: "GENERAL_MERCHANDISE_ONLINE_MARKETPLACES",
                primary: "GENERAL_MERCHANDISE",
              },
              date: "2024-07-14",
              date_posted: "2024-07-14T00:00:00Z",
              date_transacted: "2024-07-14",
              iso_currency_code: "USD",
              location: {
                address: null,
                city: null,
                country: null,
                lat: null,
                lon: null,
                postal_code: null,
                region: null,
                state: null,
                store_number: null,
                zip: null,
              },
              merchant_name: "Amazon",
              original_description: "AMZN Mktp US*11111111 Amzn.com/bill WA AM",
              pending: false,
              transaction_id: "BBGnV4RkerHjn8WVavGyiJbQ95VNDaC4M56bJ",
              unofficial_currency_code: null,
            },
            {
              account_id: "NZzx4oRPkAHzyRekpG4PTZkoGpNAR4uypaj1E",
              account_owner: null,
              amount: -1077.93,
              check_number: null,
              credit_category: {
                detailed: "INCOME_OTHER",
                primary: "INCOME",
              },
              date: "2024-07-14",
              date_posted: "2024-07-14T00:00:00Z",
              date_transacted: "2024-07-14",
              iso_currency_code: "USD",
              location: {
                address: null,
                city: null,
                country: null,
                lat: null,
                lon: null,
                postal_code: null,
                region: null,
                state: null,
                store_number: null,
                zip: null,
              },
              merchant_name: "Lyft",
              original_description: "LYFT TRANSFER",
              pending: false,
              transaction_id: "3Ej78yKJlQu1Abw7xzo4U4JR6pmwzntZlbKDK",
              unofficial_currency_code: null,
            },
            {
              account_id: "NZzx4oRPkAHzyRekpG4PTZkoGpNAR4uypaj1E",
              account_owner: null,
              amount: 47.17,
              check_number: null,
              credit_category: {
                detailed: "FOOD_RETAIL_GROCERIES",
                primary: "FOOD_RETAIL",
              },
              date: "2024-07-14",
              date_posted: "2024-07-14T00:00:00Z",
              date_transacted: "2024-07-14",
              iso_currency_code: "USD",
              location: {
                address: null,
                city: "Whittier",
                country: null,
                lat: null,
                lon: null,
                postal_code: null,
                region: "CA",
                state: "CA",
                store_number: null,
                zip: null,
              },
              merchant_name: "Smart & Final",
              original_description: "POS SMART AND FINAL 111 WHITTIER CA",
              pending: false,
              transaction_id: "rMzaBpJw8jSZRJQBabKdteQBwd5EaWc7J9qem",
              unofficial_currency_code: null,
            },
            {
              account_id: "NZzx4oRPkAHzyRekpG4PTZkoGpNAR4uypaj1E",
              account_owner: null,
              amount: 12.37,
              check_number: null,
              credit_category: {
                detailed: "FOOD_RETAIL_GROCERIES",
                primary: "FOOD_RETAIL",
              },
              date: "2024-07-14",
              date_posted: "2024-07-14T00:00:00Z",
              date_transacted: "2024-07-14",
              iso_currency_code: "USD",
              location: {
                address: null,
                city: "Whittier",
                country: null,
                lat: null,
                lon: null,
                postal_code: null,
                region: "CA",
                state: "CA",
                store_number: null,
                zip: null,
              },
              merchant_name: "Smart & Final",
              original_description: "POS SMART AND FINAL 111 WHITTIER CA",
              pending: false,
              transaction_id: "zWPZjkmzynTyel89ZjExS59DV6WAaZflNBJ56",
              unofficial_currency_code: null,
            },
            {
              account_id: "NZzx4oRPkAHzyRekpG4PTZkoGpNAR4uypaj1E",
              account_owner: null,
              amount: 44.18,
              check_number: null,
              credit_category: {
                detailed: "FOOD_RETAIL_GROCERIES",
                primary: "FOOD_RETAIL",
              },
              date: "2024-07-14",
              date_posted: "2024-07-14T00:00:00Z",
              date_transacted: "2024-07-14",
              iso_currency_code: "USD",
              location: {
                address: null,
                city: "Portland",
                country: null,
                lat: null,
                lon: null,
                postal_code: null,
                region: "OR",
                state: "OR",
                store_number: "1111",
                zip: null,
              },
              merchant_name: "Safeway",
              original_description: "SAFEWAY #1111 PORTLAND OR            111111",
              pending: false,
              transaction_id: "K7qzx1nP8ptqgwaRMbxyI86XrqADMluRpkWx5",
              unofficial_currency_code: null,
            },
            {
              account_id: "NZzx4oRPkAHzyRekpG4PTZkoGpNAR4uypaj1E",
              account_owner: null,
              amount: 45.37,
              check_number: null,
              credit_category: {
                detailed: "DINING_DINING",
                primary: "DINING",
              },
              date: "2024-07-14",
              date_posted: "2024-07-14T00:00:00Z",
              date_transacted: "2024-07-14",
              iso_currency_code: "USD",
              location: {
                address: null,
                city: null,
                country: null,
                lat: null,
                lon: null,
                postal_code: null,
                region: null,
                state: null,
                store_number: null,
                zip: null,
              },
              merchant_name: "Uber Eats",
              original_description: "UBER EATS",
              pending: false,
              transaction_id: "qZrdzLRAgNHo5peMdD9xIzELl3a1NvcgrPAzL",
              unofficial_currency_code: null,
            },
            {
              account_id: "NZzx4oRPkAHzyRekpG4PTZkoGpNAR4uypaj1E",
              account_owner: null,
              amount: 15.22,
              check_number: null,
              credit_category: {
                detailed: "GENERAL_MERCHANDISE_ONLINE_MARKETPLACES",
                primary: "GENERAL_MERCHANDISE",
              },
              date: "2024-07-15",
              date_posted: "2024-07-15T00:00:00Z",
              date_transacted: "2024-07-15",
              iso_currency_code: "USD",
              location: {
                address: null,
                city: null,
                country: null,
                lat: null,
                lon: null,
                postal_code: null,
                region: null,
                state: null,
                store_number: null,
                zip: null,
              },
              merchant_name: "Amazon",
              original_description: "AMZN Mktp US*11111111 Amzn.com/bill WA AM",
              pending: false,
              transaction_id: "NZzx4oRPkAHzyRekpG4PTZkWnBPqEyiy6pB1M",
              unofficial_currency_code: null,
            },
            {
              account_id: "NZzx4oRPkAHzyRekpG4PTZkoGpNAR4uypaj1E",
              account_owner: null,
              amount: 26.33,
              check_number: null,
              credit_category: {
                detailed: "DINING_DINING",
                primary: "DINING",
              },
              date: "2024-07-15",
              date_posted: "2024-07-15T00:00:00Z",
              date_transacted: "2024-07-15",
              iso_currency_code: "USD",
              location: {
                address: null,
                city: null,
                country: null,
                lat: null,
                lon: null,
                postal_code: null,
                region: null,
                state: null,
                store_number: null,
                zip: null,
              },
              merchant_name: "Domino's",
              original_description: "DOMINO's XXXX 111-222-3333",
              pending: false,
              transaction_id: "x84eNArKbESz8Woden6LT3nvyogeJXc64Pp35",
              unofficial_currency_code: null,
            },
            {
              account_id: "NZzx4oRPkAHzyRekpG4PTZkoGpNAR4uypaj1E",
              account_owner: null,
              amount: 39.8,
              check_number: null,
              credit_category: {
                detailed: "GENERAL_MERCHANDISE_DISCOUNT_STORES",
                primary: "GENERAL_MERCHANDISE",
              },
              date: "2024-07-15",
              date_posted: "2024-07-15T00:00:00Z",
              date_transacted: "2024-07-15",
              iso_currency_code: "USD",
              location: {
                address: null,
                city: null,
                country: null,
                lat: null,
                lon: null,
                postal_code: null,
                region: null,
                state: null,
                store_number: null,
                zip: null,
              },
              merchant_name: "Family Dollar",
              original_description: "FAMILY DOLLAR",
              pending: false,
              transaction_id: "dzWnyxwZ4GHlZPGgrNyxiMG7qd5jDgCJEz5jL",
              unofficial_currency_code: null,
            },
            {
              account_id: "NZzx4oRPkAHzyRekpG4PTZkoGpNAR4uypaj1E",
              account_owner: null,
              amount: 45.06,
              check_number: null,
              credit_category: {
                detailed: "FOOD_RETAIL_GROCERIES",
                primary: "FOOD_RETAIL",
              },
              date: "2024-07-15",
              date_posted: "2024-07-15T00:00:00Z",
              date_transacted: "2024-07-15",
              iso_currency_code: "USD",
              location: {
                address: null,
                city: null,
                country: null,
                lat: null,
                lon: null,
                postal_code: null,
                region: null,
                state: null,
                store_number: null,
                zip: null,
              },
              merchant_name: "Instacart",
              original_description: "INSTACART HTTPSINSTACAR CA",
              pending: false,
              transaction_id: "4W7eE9rZqMToDArbPeLNIREoKpdgBMcJbVNQD",
              unofficial_currency_code: null,
            },
            {
              account_id: "NZzx4oRPkAHzyRekpG4PTZkoGpNAR4uypaj1E",
              account_owner: null,
              amount: 34.91,
              check_number: null,
              credit_category: {
                detailed: "FOOD_RETAIL_GROCERIES",
                primary: "FOOD_RETAIL",
              },
              date: "2024-07-15",
              date_posted: "2024-07-15T00:00:00Z",
              date_transacted: "2024-07-15",
              iso_currency_code: "USD",
              location: {
                address: null,
                city: "Whittier",
                country: null,
                lat: null,
                lon: null,
                postal_code: null,
                region: "CA",
                state: "CA",
                store_number: null,
                zip: null,
              },
              merchant_name: "Smart & Final",
              original_description: "POS SMART AND FINAL 111 WHITTIER CA",
              pending: false,
              transaction_id: "j4yqDjb7QwS7woGzqrgDIEG1NaQVZwf6Wmz3D",
              unofficial_currency_code: null,
            },
            {
              account_id: "NZzx4oRPkAHzyRekpG4PTZkoGpNAR4uypaj1E",
              account_owner: null,
              amount: 49.78,
              check_number: null,
              credit_category: {
                detailed: "FOOD_RETAIL_GROCERIES",
                primary: "FOOD_RETAIL",
              },
              date: "2024-07-15",
              date_posted: "2024-07-15T00:00:00Z",
              date_transacted: "2024-07-15",
              iso_currency_code: "USD",
              location: {
                address: null,
                city: "Portland",
                country: null,
                lat: null,
                lon: null,
                postal_code: null,
                region: "OR",
                state: "OR",
                store_number: "1111",
                zip: null,
              },
              merchant_name: "Safeway",
              original_description: "SAFEWAY #1111 PORTLAND OR            111111",
              pending: false,
              transaction_id: "aqgWnze7xoHd6DQwLPnzT5dgPKjB1NfZ5JlBy",
              unofficial_currency_code: null,
            },
            {
              account_id: "NZzx4oRPkAHzyRekpG4PTZkoGpNAR4uypaj1E",
              account_owner: null,
              amount: 54.24,
              check_number: null,
              credit_category: {
                detailed: "FOOD_RETAIL_GROCERIES",
                primary: "FOOD_RETAIL",
              },
              date: "2024-07-15",
              date_posted: "2024-07-15T00:00:00Z",
              date_transacted: "2024-07-15",
              iso_currency_code: "USD",
              location: {
                address: null,
                city: "Portland",
                country: null,
                lat: null,
                lon: null,
                postal_code: null,
                region: "OR",
                state: "OR",
                store_number: "1111",
                zip: null,
              },
              merchant_name: "Safeway",
              original_description: "SAFEWAY #1111 PORTLAND OR            111111",
              pending: false,
              transaction_id: "P13aP8b7nmS3WQoxg1PMsdvMK679RNfo65B4G",
              unofficial_currency_code: null,
            },
            {
              account_id: "NZzx4oRPkAHzyRekpG4PTZkoGpNAR4uypaj1E",
              account_owner: null,
              amount: 41.79,
              check_number: null,
              credit_category: {
                detailed: "GENERAL_MERCHANDISE_ONLINE_MARKETPLACES",
                primary: "GENERAL_MERCHANDISE",
              },
              date: "2024-07-16",
              date_posted: "2024-07-16T00:00:00Z",
              date_transacted: "2024-07-16",
              iso_currency_code: "USD",
              location: {
                address: null,
                city: null,
                country: null,
                lat: null,
                lon: null,
                postal_code: null,
                region: null,
                state: null,
                store_number: null,
                zip: null,
              },
              merchant_name: "Amazon",
              original_description: "AMZN Mktp US*11111111 Amzn.com/bill WA AM",
              pending: false,
              transaction_id: "7nZMG6pXz8SADylMqzx7TraE4qjJm7udJyAGm",
              unofficial_currency_code: null,
            },
            {
              account_id: "NZzx4oRPkAHzyRekpG4PTZkoGpNAR4uypaj1E",
              account_owner: null,
              amount: 33.86,
              check_number: null,
              credit_category: {
                detailed: "FOOD_RETAIL_GROCERIES",
                primary: "FOOD_RETAIL",
              },
              date: "2024-07-16",
              date_posted: "2024-07-16T00:00:00Z",
              date_transacted: "2024-07-16",
              iso_currency_code: "USD",
              location: {
                address: null,
                city: null,
                country: null,
                lat: null,
                lon: null,
                postal_code: null,
                region: null,
                state: null,
                store_number: null,
                zip: null,
              },
              merchant_name: "Instacart",
              original_description: "INSTACART HTTPSINSTACAR CA",
              pending: false,
              transaction_id: "MQr3ap7PWEIrQG7bLdaNsxyBV7g1KqCL6pwoy",
              unofficial_currency_code: null,
            },
            {
              account_id: "NZzx4oRPkAHzyRekpG4PTZkoGpNAR4uypaj1E",
              account_owner: null,
              amount: 27.08,
              check_number: null,
              credit_category: {
                detailed: "DINING_DINING",
                primary: "DINING",
              },
              date: "2024-07-16",
              date_posted: "2024-07-16T00:00:00Z",
              date_transacted: "2024-07-16",
              iso_currency_code: "USD",
              location: {
                address: null,
                city: null,
                country: null,
                lat: null,
                lon: null,
                postal_code: null,
                region: null,
                state: null,
                store_number: null,
                zip: null,
              },
              merchant_name: null,
              original_description: "POKE BROS * POKE BRO IL",
              pending: false,
              transaction_id: "eBAk9dvwNbHPZpr8W69dU3rekJz47Kcr9BRwl",
              unofficial_currency_code: null,
            },
            {
              account_id: "NZzx4oRPkAHzyRekpG4PTZkoGpNAR4uypaj1E",
              account_owner: null,
              amount: 25.94,
              check_number: null,
              credit_category: {
                detailed: "GENERAL_MERCHANDISE_FURNITURE_AND_HARDWARE",
                primary: "GENERAL_MERCHANDISE",
              },
              date: "2024-07-16",
              date_posted: "2024-07-16T00:00:00Z",
              date_transacted: "2024-07-16",
              iso_currency_code: "USD",
              location: {
                address: null,
                city: null,
                country: null,
                lat: null,
                lon: null,
                postal_code: null,
                region: null,
                state: null,
                store_number: null,
                zip: null,
              },
              merchant_name: "The Home Depot",
              original_description: "THE HOME DEPOT",
              pending: false,
              transaction_id: "QLx4jEJZb9SxRm7aWbjAio3LrgZ5vPswm64dE",
              unofficial_currency_code: null,
            },
            {
              account_id: "NZzx4oRPkAHzyRekpG4PTZkoGpNAR4uypaj1E",
              account_owner: null,
              amount: 27.57,
              check_number: null,
              credit_category: {
                detailed: "GENERAL_MERCHANDISE_OTHER_GENERAL_MERCHANDISE",
                primary: "GENERAL_MERCHANDISE",
              },
              date: "2024-07-16",
              date_posted: "2024-07-16T00:00:00Z",
              date_transacted: "2024-07-16",
              iso_currency_code: "USD",
              location: {
                address: null,
                city: null,
                country: null,
                lat: null,
                lon: null,
                postal_code: null,
                region: null,
                state: null,
                store_number: null,
                zip: null,
              },
              merchant_name: null,
              original_description: "The Press Club",
              pending: false,
              transaction_id: "ZnQ1ovqBldSQ6GzRbroAHLdQP68BrKceqmAjX",
              unofficial_currency_code: null,
            },
          ],
          type: "depository",
        },
      ],
    },
  ],
  request_id: "m8MDnv9okwxFNBV",
});

// POST /credit/audit_copy_token/update: 200 example example-1
example<paths["/credit/audit_copy_token/update"]["post"]["responses"][200]["content"]["application/json"]>()({
  request_id: "eYupqX1mZkEuQRx",
  updated: true,
});

// POST /cra/partner_insights/get: 200 example example-1
example<paths["/cra/partner_insights/get"]["post"]["responses"][200]["content"]["application/json"]>()({
  request_id: "LhQf0THi8SH1yJm",
  report: [
    {
      report_id: "ef41dd05-b91e-45a6-9b2c-6c51d552f8f0",
      generated_time: "2022-01-31T22:47:53Z",
      items: [
        {
          institution_id: "ins_0",
          institution_name: "Plaid Bank",
          item_id: "mxdmo1gw8DIW8AM1yG6JtRxbVeRkN8cL9PmQE",
          accounts: [
            {
              account_id: "1qKRXQjk8xUWDJojNwPXTj8gEmR48piqRNye8",
              mask: "8888",
              metadata: {
                start_date: "2024-01-01",
                end_date: "2024-07-16",
              },
              name: "Plaid Checking Account",
              official_name: "Plaid Checking Account",
              type: "depository",
              subtype: "checking",
              owners: [
                {
                  addresses: [
                    {
                      data: {
                        city: "Malakoff",
                        country: "US",
                        postal_code: "14236",
                        region: "NY",
                        street: "2992 Cameron Road",
                      },
                      primary: true,
                    },
                    {
                      data: {
                        city: "San Matias",
                        country: "US",
                        postal_code: "93405-2255",
                        region: "CA",
                        street: "2493 Leisure Lane",
                      },
                      primary: false,
                    },
                  ],
                  emails: [
                    {
                      data: "accountholder0@example.com",
                      primary: true,
                      type: "primary",
                    },
                    {
                      data: "accountholder1@example.com",
                      primary: false,
                      type: "secondary",
                    },
                    {
                      data: "extraordinarily.long.email.username.123456@reallylonghostname.com",
                      primary: false,
                      type: "other",
                    },
                  ],
                  names: [
                    "Alberta Bobbeth Charleson",
                  ],
                  phone_numbers: [
                    {
                      data: "+1 111-555-3333",
                      primary: false,
                      type: "home",
                    },
                    {
                      data: "+1 111-555-4444",
                      primary: false,
                      type: "work",
                    },
                    {
                      data: "+1 111-555-5555",
                      primary: false,
                      type: "mobile",
                    },
                  ],
                },
              ],
            },
          ],
        },
      ],
      prism: {
        insights: {
          version: 3,
          result: {
            l6m_cumbal_acc: 1,
          },
        },
        cash_score: {
          version: 3,
          model_version: "3",
          score: 900,
          reason_codes: [
            "CS03038",
          ],
          metadata: {
            max_age: 20,
            min_age: 1,
            min_age_credit: 0,
            min_age_debit: 1,
            max_age_debit: 20,
            max_age_credit: 0,
            num_trxn_credit: 0,
            num_trxn_debit: 40,
            l1m_credit_value_cnt: 0,
            l1m_debit_value_cnt: 40,
          },
        },
        first_detect: {
          version: 3,
          model_version: "3",
          score: 900,
          reason_codes: [
            "CS03038",
          ],
          metadata: {
            max_age: 20,
            min_age: 1,
            min_age_credit: 0,
            min_age_debit: 1,
            max_age_debit: 20,
            max_age_credit: 0,
            num_trxn_credit: 0,
            num_trxn_debit: 40,
            l1m_credit_value_cnt: 0,
            l1m_debit_value_cnt: 40,
          },
        },
        status: "SUCCESS",
      },
    },
  ],
});

// POST /cra/check_report/income_insights/get: 200 example example-1
example<paths["/cra/check_report/income_insights/get"]["post"]["responses"][200]["content"]["application/json"]>()({
  request_id: "LhQf0THi8SH1yJm",
  report: {
    report_id: "bbfc5174-5433-4648-8d93-9fec6a0c0966",
    generated_time: "2022-01-31T22:47:53Z",
    days_requested: 365,
    user_summary: {
      income_metrics: [
        {
          current: {
            monthly: {
              gross_income: 390,
              net_income: 300,
            },
            annual: {
              gross_income: 4680,
              net_income: 3600,
            },
          },
          projected: {
            monthly: {
              gross_income: 300,
              net_income: 300,
            },
            annual: {
              gross_income: 3600,
              net_income: 3600,
            },
          },
          iso_currency_code: "USD",
          unofficial_currency_code: null,
        },
      ],
    },
    income_streams: [
      {
        income_stream_id: "f17efbdd-caab-4278-8ece-963511cd3d51",
        start_date: "2021-11-15",
        end_date: "2022-01-15",
        description: "PLAID INC DIRECT DEP PPD",
        insights: {
          income_category: {
            primary: "EARNED_INCOME",
            secondary: "SALARY",
          },
          pay_frequency: "MONTHLY",
          income_provider: {
            name: "Plaid Inc",
            is_normalized: true,
          },
          next_payment: {
            date: "2022-12-15",
          },
          status: "ACTIVE",
        },
        income_metrics: {
          current: {
            monthly: {
              gross_income: 390,
              net_income: 300,
            },
            annual: {
              gross_income: 4680,
              net_income: 3600,
            },
          },
          projected: {
            monthly: {
              gross_income: 300,
              net_income: 300,
            },
            annual: {
              gross_income: 3600,
              net_income: 3600,
            },
          },
          iso_currency_code: "USD",
          unofficial_currency_code: null,
        },
        transactions: [
          {
            transaction_id: "aH5klwqG3B19OMT7D6F24Syv8pdnJXmtZoKQ5",
            item_id: "AZMP7JrGXgtPd3AQMeg7hwMKgk5E8qU1V5ME7",
            account_id: "1qKRXQjk8xUWDJojNwPXTj8gEmR48piqRNye8",
            amount: 100,
            date: "2021-11-15",
            original_description: "PLAID_INC_DIRECT_DEP_PPD 123A",
            outlier: {
              is_outlier: false,
            },
            iso_currency_code: "USD",
            unofficial_currency_code: null,
          },
          {
            transaction_id: "mN3rQ5iH8BC41T6UjKL9oD2vWJpZqXFomGwY1",
            item_id: "AZMP7JrGXgtPd3AQMeg7hwMKgk5E8qU1V5ME7",
            account_id: "1qKRXQjk8xUWDJojNwPXTj8gEmR48piqRNye8",
            amount: 100,
            date: "2021-12-15",
            original_description: "PLAID_INC_DIRECT_DEP_PPD 123B",
            outlier: {
              is_outlier: false,
            },
            iso_currency_code: "USD",
            unofficial_currency_code: null,
          },
          {
            transaction_id: "zK9lDoR8uBH51PNQ3W4T6Mjy2VFXpGtJwsL4",
            item_id: "AZMP7JrGXgtPd3AQMeg7hwMKgk5E8qU1V5ME7",
            account_id: "1qKRXQjk8xUWDJojNwPXTj8gEmR48piqRNye8",
            amount: 100,
            date: "2022-01-31",
            original_description: "PLAID_INC_DIRECT_DEP_PPD 123C",
            outlier: {
              is_outlier: false,
            },
            iso_currency_code: "USD",
            unofficial_currency_code: null,
          },
        ],
      },
    ],
    items: [
      {
        item_id: "AZMP7JrGXgtPd3AQMeg7hwMKgk5E8qU1V5ME7",
        institution_name: "Plaid Bank",
        institution_id: "ins_0",
        last_updated_time: "2022-01-31T22:47:53Z",
        bank_income_accounts: [],
        bank_income_sources: [],
        accounts: [
          {
            account_id: "1qKRXQjk8xUWDJojNwPXTj8gEmR48piqRNye8",
            mask: "8888",
            metadata: {
              start_date: "2024-01-01",
              end_date: "2024-07-16",
            },
            name: "Plaid Checking Account",
            official_name: "Plaid Checking Account",
            subtype: "checking",
            type: "depository",
            owners: [],
          },
        ],
      },
    ],
  },
  warnings: [],
});

// POST /cra/check_report/base_report/get: 200 example example-1
example<paths["/cra/check_report/base_report/get"]["post"]["responses"][200]["content"]["application/json"]>()({
  report: {
    date_generated: "2024-07-16T01:52:42.912331716Z",
    days_requested: 365,
    attributes: {
      total_inflow_amount: {
        amount: -2500,
        iso_currency_code: "USD",
        unofficial_currency_code: null,
      },
      total_inflow_amount_30d: {
        amount: -1000,
        iso_currency_code: "USD",
        unofficial_currency_code: null,
      },
      total_inflow_amount_60d: {
        amount: -2500,
        iso_currency_code: "USD",
        unofficial_currency_code: null,
      },
      total_inflow_amount_90d: {
        amount: -2500,
        iso_currency_code: "USD",
        unofficial_currency_code: null,
      },
      total_outflow_amount: {
        amount: 2500,
        iso_currency_code: "USD",
        unofficial_currency_code: null,
      },
      total_outflow_amount_30d: {
        amount: 1000,
        iso_currency_code: "USD",
        unofficial_currency_code: null,
      },
      total_outflow_amount_60d: {
        amount: 2500,
        iso_currency_code: "USD",
        unofficial_currency_code: null,
      },
      total_outflow_amount_90d: {
        amount: 2500,
        iso_currency_code: "USD",
        unofficial_currency_code: null,
      },
    },
    items: [
      {
        accounts: [
          {
            account_id: "NZzx4oRPkAHzyRekpG4PTZkoGpNAR4uypaj1E",
            account_insights: {
              average_days_between_transactions: 0.15,
              average_inflow_amount: [
                {
                  end_date: "2024-07-31",
                  start_date: "2024-07-01",
                  total_amount: {
                    amount: 1077.93,
                    iso_currency_code: "USD",
                    unofficial_currency_code: null,
                  },
                },
              ],
              average_inflow_amounts: [
                {
                  end_date: "2024-07-31",
                  start_date: "2024-07-01",
                  total_amount: {
                    amount: 1077.93,
                    iso_currency_code: "USD",
                    unofficial_currency_code: null,
                  },
                },
                {
                  end_date: "2024-08-31",
                  start_date: "2024-08-01",
                  total_amount: {
                    amount: 1076.93,
                    iso_currency_code: "USD",
                    unofficial_currency_code: null,
                  },
                },
              ],
              average_outflow_amount: [
                {
                  end_date: "2024-07-31",
                  start_date: "2024-07-01",
                  total_amount: {
                    amount: 34.95,
                    iso_currency_code: "USD",
                    unofficial_currency_code: null,
                  },
                },
              ],
              average_outflow_amounts: [
                {
                  end_date: "2024-07-31",
                  start_date: "2024-07-01",
                  total_amount: {
                    amount: 34.95,
                    iso_currency_code: "USD",
                    unofficial_currency_code: null,
                  },
                },
                {
                  end_date: "2024-08-31",
                  start_date: "2024-08-01",
                  total_amount: {
                    amount: 0,
                    iso_currency_code: "USD",
                    unofficial_currency_code: null,
                  },
                },
              ],
              days_available: 365,
              longest_gap_between_transactions: [
                {
                  days: 1,
                  end_date: "2024-07-31",
                  start_date: "2024-07-01",
                },
              ],
              longest_gaps_between_transactions: [
                {
                  days: 1,
                  end_date: "2024-07-31",
                  start_date: "2024-07-01",
                },
                {
                  days: 2,
                  end_date: "2024-08-31",
                  start_date: "2024-08-01",
                },
              ],
              most_recent_transaction_date: "2024-07-16",
              number_of_days_no_transactions: 0,
              number_of_inflows: [
                {
                  count: 1,
                  end_date: "2024-07-31",
                  start_date: "2024-07-01",
                },
              ],
              number_of_outflows: [
                {
                  count: 27,
                  end_date: "2024-07-31",
                  start_date: "2024-07-01",
                },
              ],
              oldest_transaction_date: "2024-07-12",
            },
            balances: {
              available: 5000,
              average_balance: 4956.12,
              average_monthly_balances: [
                {
                  average_balance: {
                    amount: 4956.12,
                    iso_currency_code: "USD",
                    unofficial_currency_code: null,
                  },
                  end_date: "2024-07-31",
                  start_date: "2024-07-01",
                },
              ],
              current: 5000,
              iso_currency_code: "USD",
              limit: null,
              most_recent_thirty_day_average_balance: 4956.125,
              unofficial_currency_code: null,
            },
            consumer_disputes: [],
            days_available: 365,
            mask: "1208",
            metadata: {
              start_date: "2024-01-01",
              end_date: "2024-07-16",
            },
            name: "Checking",
            official_name: "Plaid checking",
            owners: [
              {
                addresses: [
                  {
                    data: {
                      city: "Malakoff",
                      country: "US",
                      postal_code: "14236",
                      region: "NY",
                      street: "2992 Cameron Road",
                    },
                    primary: true,
                  },
                  {
                    data: {
                      city: "San Matias",
                      country: "US",
                      postal_code: "93405-2255",
                      region: "CA",
                      street: "2493 Leisure Lane",
                    },
                    primary: false,
                  },
                ],
                emails: [
                  {
                    data: "accountholder0@example.com",
                    primary: true,
                    type: "primary",
                  },
                  {
                    data: "accountholder1@example.com",
                    primary: false,
                    type: "secondary",
                  },
                  {
                    data: "extraordinarily.long.email.username.123456@reallylonghostname.com",
                    primary: false,
                    type: "other",
                  },
                ],
                names: [
                  "Alberta Bobbeth Charleson",
                ],
                phone_numbers: [
                  {
                    data: "+1 111-555-3333",
                    primary: false,
                    type: "home",
                  },
                  {
                    data: "+1 111-555-4444",
                    primary: false,
                    type: "work",
                  },
                  {
                    data: "+1 111-555-5555",
                    primary: false,
                    type: "mobile",
                  },
                ],
              },
            ],
            ownership_type: null,
            subtype: "checking",
            transactions: [
              {
                account_id: "NZzx4oRPkAHzyRekpG4PTZkoGpNAR4uypaj1E",
                account_owner: null,
                amount: 37.07,
                check_number: null,
                credit_category: {
                  detailed: "GENERAL_MERCHANDISE_ONLINE_MARKETPLACES",
                  primary: "GENERAL_MERCHANDISE",
                },
                date: "2024-07-12",
                date_posted: "2024-07-12T00:00:00Z",
                date_transacted: "2024-07-12",
                iso_currency_code: "USD",
                location: {
                  address: null,
                  city: null,
                  country: null,
                  lat: null,
                  lon: null,
                  postal_code: null,
                  region: null,
                  state: null,
                  store_number: null,
                  zip: null,
                },
                merchant_name: "Amazon",
                original_description: "AMZN Mktp US*11111111 Amzn.com/bill WA AM",
                pending: false,
                transaction_id: "XA7ZLy8rXzt7D3j9B6LMIgv5VxyQkAhbKjzmp",
                unofficial_currency_code: null,
              },
              {
                account_id: "NZzx4oRPkAHzyRekpG4PTZkoGpNAR4uypaj1E",
                account_owner: null,
                amount: 51.61,
                check_number: null,
                credit_category: {
                  detailed: "DINING_DINING",
                  primary: "DINING",
                },
                date: "2024-07-12",
                date_posted: "2024-07-12T00:00:00Z",
                date_transacted: "2024-07-12",
                iso_currency_code: "USD",
                location: {
                  address: null,
                  city: null,
                  country: null,
                  lat: null,
                  lon: null,
                  postal_code: null,
                  region: null,
                  state: null,
                  store_number: null,
                  zip: null,
                },
                merchant_name: "Domino's",
                original_description: "DOMINO's XXXX 111-222-3333",
                pending: false,
                transaction_id: "VEPeMbWqRluPVZLQX4MDUkKRw41Ljzf9gyLBW",
                unofficial_currency_code: null,
              },
              {
                account_id: "NZzx4oRPkAHzyRekpG4PTZkoGpNAR4uypaj1E",
                account_owner: null,
                amount: 7.55,
                check_number: null,
                credit_category: {
                  detailed: "GENERAL_MERCHANDISE_FURNITURE_AND_HARDWARE",
                  primary: "GENERAL_MERCHANDISE",
                },
                date: "2024-07-12",
                date_posted: "2024-07-12T00:00:00Z",
                date_transacted: "2024-07-12",
                iso_currency_code: "USD",
                location: {
                  address: null,
                  city: "Chicago",
                  country: null,
                  lat: null,
                  lon: null,
                  postal_code: null,
                  region: null,
                  state: null,
                  store_number: null,
                  zip: null,
                },
                merchant_name: "IKEA",
                original_description: "IKEA CHICAGO",
                pending: false,
                transaction_id: "6GQZARgvroCAE1eW5wpQT7w3oB6nvzi8DKMBa",
                unofficial_currency_code: null,
              },
              {
                account_id: "NZzx4oRPkAHzyRekpG4PTZkoGpNAR4uypaj1E",
                account_owner: null,
                amount: 12.87,
                check_number: null,
                credit_category: {
                  detailed: "GENERAL_MERCHANDISE_SPORTING_GOODS",
                  primary: "GENERAL_MERCHANDISE",
                },
                date: "2024-07-12",
                date_posted: "2024-07-12T00:00:00Z",
                date_transacted: "2024-07-12",
                iso_currency_code: "USD",
                location: {
                  address: null,
                  city: "Redlands",
                  country: null,
                  lat: null,
                  lon: null,
                  postal_code: null,
                  region: "CA",
                  state: "CA",
                  store_number: null,
                  zip: null,
                },
                merchant_name: "Nike",
                original_description: "NIKE REDLANDS CA",
                pending: false,
                transaction_id: "DkbmlP8BZxibzADqNplKTeL8aZJVQ1c3WR95z",
                unofficial_currency_code: null,
              },
              {
                account_id: "NZzx4oRPkAHzyRekpG4PTZkoGpNAR4uypaj1E",
                account_owner: null,
                amount: 44.21,
                check_number: null,
                credit_category: {
                  detailed: "DINING_DINING",
                  primary: "DINING",
                },
                date: "2024-07-12",
                date_posted: "2024-07-12T00:00:00Z",
                date_transacted: "2024-07-12",
                iso_currency_code: "USD",
                location: {
                  address: null,
                  city: null,
                  country: null,
                  lat: null,
                  lon: null,
                  postal_code: null,
                  region: null,
                  state: null,
                  store_number: null,
                  zip: null,
                },
                merchant_name: null,
                original_description: "POKE BROS * POKE BRO IL",
                pending: false,
                transaction_id: "RpdN7W8GmRSdjZB9Jm7ATj4M86vdnktapkrgL",
                unofficial_currency_code: null,
              },
              {
                account_id: "NZzx4oRPkAHzyRekpG4PTZkoGpNAR4uypaj1E",
                account_owner: null,
                amount: 36.82,
                check_number: null,
                credit_category: {
                  detailed: "GENERAL_MERCHANDISE_DISCOUNT_STORES",
                  primary: "GENERAL_MERCHANDISE",
                },
                date: "2024-07-13",
                date_posted: "2024-07-13T00:00:00Z",
                date_transacted: "2024-07-13",
                iso_currency_code: "USD",
                location: {
                  address: null,
                  city: null,
                  country: null,
                  lat: null,
                  lon: null,
                  postal_code: null,
                  region: null,
                  state: null,
                  store_number: null,
                  zip: null,
                },
                merchant_name: "Family Dollar",
                original_description: "FAMILY DOLLAR",
                pending: false,
                transaction_id: "5AeQWvo5KLtAD9wNL68PTdAgPE7VNWf5Kye1G",
                unofficial_currency_code: null,
              },
              {
                account_id: "NZzx4oRPkAHzyRekpG4PTZkoGpNAR4uypaj1E",
                account_owner: null,
                amount: 13.27,
                check_number: null,
                credit_category: {
                  detailed: "FOOD_RETAIL_GROCERIES",
                  primary: "FOOD_RETAIL",
                },
                date: "2024-07-13",
                date_posted: "2024-07-13T00:00:00Z",
                date_transacted: "2024-07-13",
                iso_currency_code: "USD",
                location: {
                  address: null,
                  city: null,
                  country: null,
                  lat: null,
                  lon: null,
                  postal_code: null,
                  region: null,
                  state: null,
                  store_number: null,
                  zip: null,
                },
                merchant_name: "Instacart",
                original_description: "INSTACART HTTPSINSTACAR CA",
                pending: false,
                transaction_id: "Jjlr3MEVg1HlKbdkZj39ij5a7eg9MqtB6MWDo",
                unofficial_currency_code: null,
              },
              {
                account_id: "NZzx4oRPkAHzyRekpG4PTZkoGpNAR4uypaj1E",
                account_owner: null,
                amount: 36.03,
                check_number: null,
                credit_category: {
                  detailed: "DINING_DINING",
                  primary: "DINING",
                },
                date: "2024-07-13",
                date_posted: "2024-07-13T00:00:00Z",
                date_transacted: "2024-07-13",
                iso_currency_code: "USD",
                location: {
                  address: null,
                  city: null,
                  country: null,
                  lat: null,
                  lon: null,
                  postal_code: null,
                  region: null,
                  state: null,
                  store_number: null,
                  zip: null,
                },
                merchant_name: null,
                original_description: "POKE BROS * POKE BRO IL",
                pending: false,
                transaction_id: "kN9KV7yAZJUMPn93KDXqsG9MrpjlyLUL6Dgl8",
                unofficial_currency_code: null,
              },
              {
                account_id: "NZzx4oRPkAHzyRekpG4PTZkoGpNAR4uypaj1E",
                account_owner: null,
                amount: 54.74,
                check_number: null,
                credit_category: {
                  detailed: "FOOD_RETAIL_GROCERIES",
                  primary: "FOOD_RETAIL",
                },
                date: "2024-07-13",
                date_posted: "2024-07-13T00:00:00Z",
                date_transacted: "2024-07-13",
                iso_currency_code: "USD",
                location: {
                  address: null,
                  city: "Whittier",
                  country: null,
                  lat: null,
                  lon: null,
                  postal_code: null,
                  region: "CA",
                  state: "CA",
                  store_number: null,
                  zip: null,
                },
                merchant_name: "Smart & Final",
                original_description: "POS SMART AND FINAL 111 WHITTIER CA",
                pending: false,
                transaction_id: "lPvrweZAMqHDar43vwWKs547kLZVEzfpogGVJ",
                unofficial_currency_code: null,
              },
              {
                account_id: "NZzx4oRPkAHzyRekpG4PTZkoGpNAR4uypaj1E",
                account_owner: null,
                amount: 37.5,
                check_number: null,
                credit_category: {
                  detailed: "DINING_DINING",
                  primary: "DINING",
                },
                date: "2024-07-13",
                date_posted: "2024-07-13T00:00:00Z",
                date_transacted: "2024-07-13",
                iso_currency_code: "USD",
                location: {
                  address: "1627 N 24th St",
                  city: "Phoenix",
                  country: null,
                  lat: null,
                  lon: null,
                  postal_code: "85008",
                  region: "AZ",
                  state: "AZ",
                  store_number: null,
                  zip: "85008",
                },
                merchant_name: "Taqueria El Guerrerense",
                original_description: "TAQUERIA EL GUERRERO PHOENIX AZ",
                pending: false,
                transaction_id: "wka74WKqngiyJ3pj7dl5SbpLGQBZqyCPZRDbP",
                unofficial_currency_code: null,
              },
              {
                account_id: "NZzx4oRPkAHzyRekpG4PTZkoGpNAR4uypaj1E",
                account_owner: null,
                amount: 41.42,
                check_number: null,
                credit_category: {
                  detailed: "GENERAL_MERCHANDISE_ONLINE_MARKETPLACES",
                  primary: "GENERAL_MERCHANDISE",
                },
                date: "2024-07-14",
                date_posted: "2024-07-14T00:00:00Z",
                date_transacted: "2024-07-14",
                iso_currency_code: "USD",
                location: {
                  address: null,
                  city: null,
                  country: null,
                  lat: null,
                  lon: null,
                  postal_code: null,
                  region: null,
                  state: null,
                  store_number: null,
                  zip: null,
                },
                merchant_name: "Amazon",
                original_description: "AMZN Mktp US*11111111 Amzn.com/bill WA AM",
                pending: false,
                transaction_id: "BBGnV4RkerHjn8WVavGyiJbQ95VNDaC4M56bJ",
                unofficial_currency_code: null,
              },
              {
                account_id: "NZzx4oRPkAHzyRekpG4PTZkoGpNAR4uypaj1E",
                account_owner: null,
                amount: -1077.93,
                check_number: null,
                credit_category: {
                  detailed: "INCOME_OTHER",
                  primary: "INCOME",
                },
                date: "2024-07-14",
                date_posted: "2024-07-14T00:00:00Z",
                date_transacted: "2024-07-14",
                iso_currency_code: "USD",
                location: {
                  address: null,
                  city: null,
                  country: null,
                  lat: null,
                  lon: null,
                  postal_code: null,
                  region: null,
                  state: null,
                  store_number: null,
                  zip: null,
                },
                merchant_name: "Lyft",
                original_description: "LYFT TRANSFER",
                pending: false,
                transaction_id: "3Ej78yKJlQu1Abw7xzo4U4JR6pmwzntZlbKDK",
                unofficial_currency_code: null,
              },
              {
                account_id: "NZzx4oRPkAHzyRekpG4PTZkoGpNAR4uypaj1E",
                account_owner: null,
                amount: 47.17,
                check_number: null,
                credit_category: {
                  detailed: "FOOD_RETAIL_GROCERIES",
                  primary: "FOOD_RETAIL",
                },
                date: "2024-07-14",
                date_posted: "2024-07-14T00:00:00Z",
                date_transacted: "2024-07-14",
                iso_currency_code: "USD",
                location: {
                  address: null,
                  city: "Whittier",
                  country: null,
                  lat: null,
                  lon: null,
                  postal_code: null,
                  region: "CA",
                  state: "CA",
                  store_number: null,
                  zip: null,
                },
                merchant_name: "Smart & Final",
                original_description: "POS SMART AND FINAL 111 WHITTIER CA",
                pending: false,
                transaction_id: "rMzaBpJw8jSZRJQBabKdteQBwd5EaWc7J9qem",
                unofficial_currency_code: null,
              },
              {
                account_id: "NZzx4oRPkAHzyRekpG4PTZkoGpNAR4uypaj1E",
                account_owner: null,
                amount: 12.37,
                check_number: null,
                credit_category: {
                  detailed: "FOOD_RETAIL_GROCERIES",
                  primary: "FOOD_RETAIL",
                },
                date: "2024-07-14",
                date_posted: "2024-07-14T00:00:00Z",
                date_transacted: "2024-07-14",
                iso_currency_code: "USD",
                location: {
                  address: null,
                  city: "Whittier",
                  country: null,
                  lat: null,
                  lon: null,
                  postal_code: null,
                  region: "CA",
                  state: "CA",
                  store_number: null,
                  zip: null,
                },
                merchant_name: "Smart & Final",
                original_description: "POS SMART AND FINAL 111 WHITTIER CA",
                pending: false,
                transaction_id: "zWPZjkmzynTyel89ZjExS59DV6WAaZflNBJ56",
                unofficial_currency_code: null,
              },
              {
                account_id: "NZzx4oRPkAHzyRekpG4PTZkoGpNAR4uypaj1E",
                account_owner: null,
                amount: 44.18,
                check_number: null,
                credit_category: {
                  detailed: "FOOD_RETAIL_GROCERIES",
                  primary: "FOOD_RETAIL",
                },
                date: "2024-07-14",
                date_posted: "2024-07-14T00:00:00Z",
                date_transacted: "2024-07-14",
                iso_currency_code: "USD",
                location: {
                  address: null,
                  city: "Portland",
                  country: null,
                  lat: null,
                  lon: null,
                  postal_code: null,
                  region: "OR",
                  state: "OR",
                  store_number: "1111",
                  zip: null,
                },
                merchant_name: "Safeway",
                original_description: "SAFEWAY #1111 PORTLAND OR            111111",
                pending: false,
                transaction_id: "K7qzx1nP8ptqgwaRMbxyI86XrqADMluRpkWx5",
                unofficial_currency_code: null,
              },
              {
                account_id: "NZzx4oRPkAHzyRekpG4PTZkoGpNAR4uypaj1E",
                account_owner: null,
                amount: 45.37,
                check_number: null,
                credit_category: {
                  detailed: "DINING_DINING",
                  primary: "DINING",
                },
                date: "2024-07-14",
                date_posted: "2024-07-14T00:00:00Z",
                date_transacted: "2024-07-14",
                iso_currency_code: "USD",
                location: {
                  address: null,
                  city: null,
                  country: null,
                  lat: null,
                  lon: null,
                  postal_code: null,
                  region: null,
                  state: null,
                  store_number: null,
                  zip: null,
                },
                merchant_name: "Uber Eats",
                original_description: "UBER EATS",
                pending: false,
                transaction_id: "qZrdzLRAgNHo5peMdD9xIzELl3a1NvcgrPAzL",
                unofficial_currency_code: null,
              },
              {
                account_id: "NZzx4oRPkAHzyRekpG4PTZkoGpNAR4uypaj1E",
                account_owner: null,
                amount: 15.22,
                check_number: null,
                credit_category: {
                  detailed: "GENERAL_MERCHANDISE_ONLINE_MARKETPLACES",
                  primary: "GENERAL_MERCHANDISE",
                },
                date: "2024-07-15",
                date_posted: "2024-07-15T00:00:00Z",
                date_transacted: "2024-07-15",
                iso_currency_code: "USD",
                location: {
                  address: null,
                  city: null,
                  country: null,
                  lat: null,
                  lon: null,
                  postal_code: null,
                  region: null,
                  state: null,
                  store_number: null,
                  zip: null,
                },
                merchant_name: "Amazon",
                original_description: "AMZN Mktp US*11111111 Amzn.com/bill WA AM",
                pending: false,
                transaction_id: "NZzx4oRPkAHzyRekpG4PTZkWnBPqEyiy6pB1M",
                unofficial_currency_code: null,
              },
              {
                account_id: "NZzx4oRPkAHzyRekpG4PTZkoGpNAR4uypaj1E",
                account_owner: null,
                amount: 26.33,
                check_number: null,
                credit_category: {
                  detailed: "DINING_DINING",
                  primary: "DINING",
                },
                date: "2024-07-15",
                date_posted: "2024-07-15T00:00:00Z",
                date_transacted: "2024-07-15",
                iso_currency_code: "USD",
                location: {
                  address: null,
                  city: null,
                  country: null,
                  lat: null,
                  lon: null,
                  postal_code: null,
                  region: null,
                  state: null,
                  store_number: null,
                  zip: null,
                },
                merchant_name: "Domino's",
                original_description: "DOMINO's XXXX 111-222-3333",
                pending: false,
                transaction_id: "x84eNArKbESz8Woden6LT3nvyogeJXc64Pp35",
                unofficial_currency_code: null,
              },
              {
                account_id: "NZzx4oRPkAHzyRekpG4PTZkoGpNAR4uypaj1E",
                account_owner: null,
                amount: 39.8,
                check_number: null,
                credit_category: {
                  detailed: "GENERAL_MERCHANDISE_DISCOUNT_STORES",
                  primary: "GENERAL_MERCHANDISE",
                },
                date: "2024-07-15",
                date_posted: "2024-07-15T00:00:00Z",
                date_transacted: "2024-07-15",
                iso_currency_code: "USD",
                location: {
                  address: null,
                  city: null,
                  country: null,
                  lat: null,
                  lon: null,
                  postal_code: null,
                  region: null,
                  state: null,
                  store_number: null,
                  zip: null,
                },
                merchant_name: "Family Dollar",
                original_description: "FAMILY DOLLAR",
                pending: false,
                transaction_id: "dzWnyxwZ4GHlZPGgrNyxiMG7qd5jDgCJEz5jL",
                unofficial_currency_code: null,
              },
              {
                account_id: "NZzx4oRPkAHzyRekpG4PTZkoGpNAR4uypaj1E",
                account_owner: null,
                amount: 45.06,
                check_number: null,
                credit_category: {
                  detailed: "FOOD_RETAIL_GROCERIES",
                  primary: "FOOD_RETAIL",
                },
                date: "2024-07-15",
                date_posted: "2024-07-15T00:00:00Z",
                date_transacted: "2024-07-15",
                iso_currency_code: "USD",
                location: {
                  address: null,
                  city: null,
                  country: null,
                  lat: null,
                  lon: null,
                  postal_code: null,
                  region: null,
                  state: null,
                  store_number: null,
                  zip: null,
                },
                merchant_name: "Instacart",
                original_description: "INSTACART HTTPSINSTACAR CA",
                pending: false,
                transaction_id: "4W7eE9rZqMToDArbPeLNIREoKpdgBMcJbVNQD",
                unofficial_currency_code: null,
              },
              {
                account_id: "NZzx4oRPkAHzyRekpG4PTZkoGpNAR4uypaj1E",
                account_owner: null,
                amount: 34.91,
                check_number: null,
                credit_category: {
                  detailed: "FOOD_RETAIL_GROCERIES",
                  primary: "FOOD_RETAIL",
                },
                date: "2024-07-15",
                date_posted: "2024-07-15T00:00:00Z",
                date_transacted: "2024-07-15",
                iso_currency_code: "USD",
                location: {
                  address: null,
                  city: "Whittier",
                  country: null,
                  lat: null,
                  lon: null,
                  postal_code: null,
                  region: "CA",
                  state: "CA",
                  store_number: null,
                  zip: null,
                },
                merchant_name: "Smart & Final",
                original_description: "POS SMART AND FINAL 111 WHITTIER CA",
                pending: false,
                transaction_id: "j4yqDjb7QwS7woGzqrgDIEG1NaQVZwf6Wmz3D",
                unofficial_currency_code: null,
              },
              {
                account_id: "NZzx4oRPkAHzyRekpG4PTZkoGpNAR4uypaj1E",
                account_owner: null,
                amount: 49.78,
                check_number: null,
                credit_category: {
                  detailed: "FOOD_RETAIL_GROCERIES",
                  primary: "FOOD_RETAIL",
                },
                date: "2024-07-15",
                date_posted: "2024-07-15T00:00:00Z",
                date_transacted: "2024-07-15",
                iso_currency_code: "USD",
                location: {
                  address: null,
                  city: "Portland",
                  country: null,
                  lat: null,
                  lon: null,
                  postal_code: null,
                  region: "OR",
                  state: "OR",
                  store_number: "1111",
                  zip: null,
                },
                merchant_name: "Safeway",
                original_description: "SAFEWAY #1111 PORTLAND OR            111111",
                pending: false,
                transaction_id: "aqgWnze7xoHd6DQwLPnzT5dgPKjB1NfZ5JlBy",
                unofficial_currency_code: null,
              },
              {
                account_id: "NZzx4oRPkAHzyRekpG4PTZkoGpNAR4uypaj1E",
                account_owner: null,
                amount: 54.24,
                check_number: null,
                credit_category: {
                  detailed: "FOOD_RETAIL_GROCERIES",
                  primary: "FOOD_RETAIL",
                },
                date: "2024-07-15",
                date_posted: "2024-07-15T00:00:00Z",
                date_transacted: "2024-07-15",
                iso_currency_code: "USD",
                location: {
                  address: null,
                  city: "Portland",
                  country: null,
                  lat: null,
                  lon: null,
                  postal_code: null,
                  region: "OR",
                  state: "OR",
                  store_number: "1111",
                  zip: null,
                },
                merchant_name: "Safeway",
                original_description: "SAFEWAY #1111 PORTLAND OR            111111",
                pending: false,
                transaction_id: "P13aP8b7nmS3WQoxg1PMsdvMK679RNfo65B4G",
                unofficial_currency_code: null,
              },
              {
                account_id: "NZzx4oRPkAHzyRekpG4PTZkoGpNAR4uypaj1E",
                account_owner: null,
                amount: 41.79,
                check_number: null,
                credit_category: {
                  detailed: "GENERAL_MERCHANDISE_ONLINE_MARKETPLACES",
                  primary: "GENERAL_MERCHANDISE",
                },
                date: "2024-07-16",
                date_posted: "2024-07-16T00:00:00Z",
                date_transacted: "2024-07-16",
                iso_currency_code: "USD",
                location: {
                  address: null,
                  city: null,
                  country: null,
                  lat: null,
                  lon: null,
                  postal_code: null,
                  region: null,
                  state: null,
                  store_number: null,
                  zip: null,
                },
                merchant_name: "Amazon",
                original_description: "AMZN Mktp US*11111111 Amzn.com/bill WA AM",
                pending: false,
                transaction_id: "7nZMG6pXz8SADylMqzx7TraE4qjJm7udJyAGm",
                unofficial_currency_code: null,
              },
              {
                account_id: "NZzx4oRPkAHzyRekpG4PTZkoGpNAR4uypaj1E",
                account_owner: null,
                amount: 33.86,
                check_number: null,
                credit_category: {
                  detailed: "FOOD_RETAIL_GROCERIES",
                  primary: "FOOD_RETAIL",
                },
                date: "2024-07-16",
                date_posted: "2024-07-16T00:00:00Z",
                date_transacted: "2024-07-16",
                iso_currency_code: "USD",
                location: {
                  address: null,
                  city: null,
                  country: null,
                  lat: null,
                  lon: null,
                  postal_code: null,
                  region: null,
                  state: null,
                  store_number: null,
                  zip: null,
                },
                merchant_name: "Instacart",
                original_description: "INSTACART HTTPSINSTACAR CA",
                pending: false,
                transaction_id: "MQr3ap7PWEIrQG7bLdaNsxyBV7g1KqCL6pwoy",
                unofficial_currency_code: null,
              },
              {
                account_id: "NZzx4oRPkAHzyRekpG4PTZkoGpNAR4uypaj1E",
                account_owner: null,
                amount: 27.08,
                check_number: null,
                credit_category: {
                  detailed: "DINING_DINING",
                  primary: "DINING",
                },
                date: "2024-07-16",
                date_posted: "2024-07-16T00:00:00Z",
                date_transacted: "2024-07-16",
                iso_currency_code: "USD",
                location: {
                  address: null,
                  city: null,
                  country: null,
                  lat: null,
                  lon: null,
                  postal_code: null,
                  region: null,
                  state: null,
                  store_number: null,
                  zip: null,
                },
                merchant_name: null,
                original_description: "POKE BROS * POKE BRO IL",
                pending: false,
                transaction_id: "eBAk9dvwNbHPZpr8W69dU3rekJz47Kcr9BRwl",
                unofficial_currency_code: null,
              },
              {
                account_id: "NZzx4oRPkAHzyRekpG4PTZkoGpNAR4uypaj1E",
                account_owner: null,
                amount: 25.94,
                check_number: null,
                credit_category: {
                  detailed: "GENERAL_MERCHANDISE_FURNITURE_AND_HARDWARE",
                  primary: "GENERAL_MERCHANDISE",
                },
                date: "2024-07-16",
                date_posted: "2024-07-16T00:00:00Z",
                date_transacted: "2024-07-16",
                iso_currency_code: "USD",
                location: {
                  address: null,
                  city: null,
                  country: null,
                  lat: null,
                  lon: null,
                  postal_code: null,
                  region: null,
                  state: null,
                  store_number: null,
                  zip: null,
                },
                merchant_name: "The Home Depot",
                original_description: "THE HOME DEPOT",
                pending: false,
                transaction_id: "QLx4jEJZb9SxRm7aWbjAio3LrgZ5vPswm64dE",
                unofficial_currency_code: null,
              },
              {
                account_id: "NZzx4oRPkAHzyRekpG4PTZkoGpNAR4uypaj1E",
                account_owner: null,
                amount: 27.57,
                check_number: null,
                credit_category: {
                  detailed: "GENERAL_MERCHANDISE_OTHER_GENERAL_MERCHANDISE",
                  primary: "GENERAL_MERCHANDISE",
                },
                date: "2024-07-16",
                date_posted: "2024-07-16T00:00:00Z",
                date_transacted: "2024-07-16",
                iso_currency_code: "USD",
                location: {
                  address: null,
                  city: null,
                  country: null,
                  lat: null,
                  lon: null,
                  postal_code: null,
                  region: null,
                  state: null,
                  store_number: null,
                  zip: null,
                },
                merchant_name: null,
                original_description: "The Press Club",
                pending: false,
                transaction_id: "ZnQ1ovqBldSQ6GzRbroAHLdQP68BrKceqmAjX",
                unofficial_currency_code: null,
              },
            ],
            type: "depository",
          },
        ],
        date_last_updated: "2024-07-16T01:52:42.912331716Z",
        institution_id: "ins_109512",
        institution_name: "Houndstooth Bank",
        item_id: "NZzx4oRPkAHzyRekpG4PTZkDNkQW93tWnyGeA",
      },
    ],
    report_id: "f3bb434f-1c9b-4ef2-b76c-3d1fd08156ec",
  },
  warnings: [],
  request_id: "FibfL8t3s71KJnj",
});

// POST /cra/check_report/create: 200 example example-1
example<paths["/cra/check_report/create"]["post"]["responses"][200]["content"]["application/json"]>()({
  request_id: "LhQf0THi8SH1yJm",
});

// POST /cra/check_report/partner_insights/get: 200 example example-1
example<paths["/cra/check_report/partner_insights/get"]["post"]["responses"][200]["content"]["application/json"]>()({
  request_id: "LhQf0THi8SH1yJm",
  report: {
    report_id: "vzeNDwK7KQIm4yEog683uElbp9GRLEFXGK98D",
    client_report_id: "client_report_id_1221",
    generated_time: "2022-01-31T22:47:53Z",
    items: [
      {
        institution_id: "ins_109508",
        institution_name: "Plaid Bank",
        item_id: "Ed6bjNrDLJfGvZWwnkQlfxwoNz54B5C97ejBr",
        accounts: [
          {
            account_id: "1qKRXQjk8xUWDJojNwPXTj8gEmR48piqRNye8",
            mask: "8888",
            metadata: {
              start_date: "2022-01-01",
              end_date: "2022-01-31",
            },
            name: "Plaid Checking Account",
            official_name: "Plaid Checking Account",
            type: "depository",
            subtype: "checking",
            owners: [],
          },
        ],
      },
    ],
    prism: {
      insights: {
        version: 3,
        result: {
          l6m_cumbal_acc: 1,
        },
      },
      cash_score: {
        version: 3,
        model_version: "3",
        score: 900,
        reason_codes: [
          "CS03038",
        ],
        metadata: {
          max_age: 20,
          min_age: 1,
          min_age_credit: 0,
          min_age_debit: 1,
          max_age_debit: 20,
          max_age_credit: 0,
          num_trxn_credit: 0,
          num_trxn_debit: 40,
          l1m_credit_value_cnt: 0,
          l1m_debit_value_cnt: 40,
        },
      },
      first_detect: {
        version: 3,
        model_version: "3",
        score: 900,
        reason_codes: [
          "CS03038",
        ],
        metadata: {
          max_age: 20,
          min_age: 1,
          min_age_credit: 0,
          min_age_debit: 1,
          max_age_debit: 20,
          max_age_credit: 0,
          num_trxn_credit: 0,
          num_trxn_debit: 40,
          l1m_credit_value_cnt: 0,
          l1m_debit_value_cnt: 40,
        },
      },
      status: "SUCCESS",
    },
  },
});

// POST /cra/check_report/cashflow_insights/get: 200 example example-1
example<paths["/cra/check_report/cashflow_insights/get"]["post"]["responses"][200]["content"]["application/json"]>()({
  request_id: "LhQf0THi8SH1yJm",
  report: {
    report_id: "vzeNDwK7KQIm4yEog683uElbp9GRLEFXGK98D",
    generated_time: "2022-01-31T22:47:53Z",
    attributes: {
      cash_reliance_atm_withdrawal_amt_cv_90d: 180.1,
    },
  },
});

// POST /cra/check_report/lend_score/get: 200 example example-1
example<paths["/cra/check_report/lend_score/get"]["post"]["responses"][200]["content"]["application/json"]>()({
  request_id: "LhQf0THi8SH1yJm",
  report: {
    report_id: "vzeNDwK7KQIm4yEog683uElbp9GRLEFXGK98D",
    generated_time: "2022-01-31T22:47:53Z",
    lend_score: {
      score: 80,
      reason_codes: [
        "PCS0221",
        "PCS0223",
      ],
    },
  },
});

// POST /cra/check_report/network_insights/get: 200 example example-1
example<paths["/cra/check_report/network_insights/get"]["post"]["responses"][200]["content"]["application/json"]>()({
  request_id: "LhQf0THi8SH1yJm",
  report: {
    report_id: "ee093cb0-e3f2-42d1-9dbc-8d8408964194",
    generated_time: "2022-01-31T22:47:53Z",
    network_attributes: {
      plaid_conn_user_lifetime_lending_count: 5,
      plaid_conn_user_lifetime_personal_lending_flag: 1,
      plaid_conn_user_lifetime_cash_advance_primary_count: 0,
    },
    items: [
      {
        institution_id: "ins_0",
        institution_name: "Plaid Bank",
        item_id: "AZMP7JrGXgtPd3AQMeg7hwMKgk5E8qU1V5ME7",
      },
    ],
  },
});

// POST /cra/check_report/verification/get: 200 example example-1
example<paths["/cra/check_report/verification/get"]["post"]["responses"][200]["content"]["application/json"]>()({
  request_id: "LhQf0THi8SH1yJm",
  report: {
    report_id: "028e8404-a013-4a45-ac9e-002482f9cafc",
    client_report_id: "client_report_id_1221",
    voa: {
      generated_time: "2023-03-30T18:27:37Z",
      days_requested: 90,
      attributes: {
        total_inflow_amount: {
          amount: -345.12,
          iso_currency_code: "USD",
          unofficial_currency_code: null,
        },
        total_outflow_amount: {
          amount: 235.12,
          iso_currency_code: "USD",
          unofficial_currency_code: null,
        },
      },
      items: [
        {
          accounts: [
            {
              account_id: "eG7pNLjknrFpWvP7Dkbdf3Pq6GVBPKTaQJK5v",
              balances: {
                available: 100,
                current: 110,
                iso_currency_code: "USD",
                unofficial_currency_code: null,
                historical_balances: [
                  {
                    current: 110,
                    date: "2023-03-29",
                    iso_currency_code: "USD",
                    unofficial_currency_code: null,
                  },
                  {
                    current: 125.55,
                    date: "2023-03-28",
                    iso_currency_code: "USD",
                    unofficial_currency_code: null,
                  },
                  {
                    current: 80.13,
                    date: "2023-03-27",
                    iso_currency_code: "USD",
                    unofficial_currency_code: null,
                  },
                  {
                    current: 246.11,
                    date: "2023-03-26",
                    iso_currency_code: "USD",
                    unofficial_currency_code: null,
                  },
                  {
                    current: 182.71,
                    date: "2023-03-25",
                    iso_currency_code: "USD",
                    unofficial_currency_code: null,
                  },
                ],
                average_balance_30_days: 200,
                average_balance_60_days: 150,
                average_balance_90_days: 125,
                nsf_overdraft_transactions_count: 0,
              },
              consumer_disputes: [],
              mask: "0000",
              name: "Plaid Checking",
              official_name: "Plaid Gold Standard 0% Interest Checking",
              type: "depository",
              subtype: "checking",
              days_available: 90,
              transactions_insights: {
                all_transactions: [
                  {
                    account_id: "eG7pNLjknrFpWvP7Dkbdf3Pq6GVBPKTaQJK5v",
                    amount: 89.4,
                    date: "2023-03-27",
                    iso_currency_code: "USD",
                    original_description: "SparkFun",
                    pending: false,
                    transaction_id: "4zBRq1Qem4uAPnoyKjJNTRQpQddM4ztlo1PLD",
                    unofficial_currency_code: null,
                  },
                  {
                    account_id: "eG7pNLjknrFpWvP7Dkbdf3Pq6GVBPKTaQJK5v",
                    amount: 12,
                    date: "2023-03-28",
                    iso_currency_code: "USD",
                    original_description: "McDonalds #3322",
                    pending: false,
                    transaction_id: "dkjL41PnbKsPral79jpxhMWdW55gkPfBkWpRL",
                    unofficial_currency_code: null,
                  },
                  {
                    account_id: "eG7pNLjknrFpWvP7Dkbdf3Pq6GVBPKTaQJK5v",
                    amount: 4.33,
                    date: "2023-03-28",
                    iso_currency_code: "USD",
                    original_description: "Starbucks",
                    pending: false,
                    transaction_id: "a84ZxQaWDAtDL3dRgmazT57K7jjN3WFkNWMDy",
                    unofficial_currency_code: null,
                  },
                  {
                    account_id: "eG7pNLjknrFpWvP7Dkbdf3Pq6GVBPKTaQJK5v",
                    amount: -500,
                    date: "2023-03-29",
                    iso_currency_code: "USD",
                    original_description: "United Airlines **** REFUND ****",
                    pending: false,
                    transaction_id: "xG9jbv3eMoFWepzB7wQLT3LoLggX5Duy1Gbe5",
                    unofficial_currency_code: null,
                  },
                ],
                end_date: "2024-07-31",
                start_date: "2024-07-01",
              },
              owners: [
                {
                  addresses: [
                    {
                      data: {
                        city: "Malakoff",
                        country: "US",
                        region: "NY",
                        street: "2992 Cameron Road",
                        postal_code: "14236",
                      },
                      primary: true,
                    },
                    {
                      data: {
                        city: "San Matias",
                        country: "US",
                        region: "CA",
                        street: "2493 Leisure Lane",
                        postal_code: "93405-2255",
                      },
                      primary: false,
                    },
                  ],
                  emails: [
                    {
                      data: "accountholder0@example.com",
                      primary: true,
                      type: "primary",
                    },
                    {
                      data: "accountholder1@example.com",
                      primary: false,
                      type: "secondary",
                    },
                    {
                      data: "extraordinarily.long.email.username.123456@reallylonghostname.com",
                      primary: false,
                      type: "other",
                    },
                  ],
                  names: [
                    "Alberta Bobbeth Charleson",
                  ],
                  phone_numbers: [
                    {
                      data: "+1 111-555-3333",
                      primary: false,
                      type: "home",
                    },
                    {
                      data: "+1 111-555-4444",
                      primary: false,
                      type: "work",
                    },
                    {
                      data: "+1 111-555-5555",
                      primary: false,
                      type: "mobile",
                    },
                  ],
                },
              ],
              ownership_type: null,
            },
          ],
          institution_name: "First Platypus Bank",
          institution_id: "ins_109508",
          item_id: "AZMP7JrGXgtPd3AQMeg7hwMKgk5E8qU1V5ME7",
          last_update_time: "2023-03-30T18:25:26Z",
        },
      ],
    },
    employment_refresh: {
      generated_time: "2023-03-30T18:27:37Z",
      days_requested: 60,
      items: [
        {
          accounts: [
            {
              account_id: "1qKRXQjk8xUWDJojNwPXTj8gEmR48piqRNye8",
              name: "Plaid Money Market",
              official_name: "Plaid Platinum Standard 1.85% Interest Money Market",
              type: "depository",
              subtype: "money market",
              transactions: [
                {
                  account_id: "1qKRXQjk8xUWDJojNwPXTj8gEmR48piqRNye8",
                  original_description: "ACH Electronic CreditGUSTO PAY 123456",
                  date: "2023-03-30",
                  pending: false,
                  transaction_id: "gGQgjoeyqBF89PND6K14Sow1wddZBmtLomJ78",
                },
              ],
            },
            {
              account_id: "eG7pNLjknrFpWvP7Dkbdf3Pq6GVBPKTaQJK5v",
              name: "Plaid Checking",
              official_name: "Plaid Gold Standard 0% Interest Checking",
              type: "depository",
              subtype: "checking",
              transactions: [
                {
                  account_id: "eG7pNLjknrFpWvP7Dkbdf3Pq6GVBPKTaQJK5v",
                  original_description: "United Airlines **** REFUND ****",
                  date: "2023-03-29",
                  pending: false,
                  transaction_id: "xG9jbv3eMoFWepzB7wQLT3LoLggX5Duy1Gbe5",
                },
              ],
            },
          ],
          institution_name: "First Platypus Bank",
          institution_id: "ins_109508",
          item_id: "AZMP7JrGXgtPd3AQMeg7hwMKgk5E8qU1V5ME7",
          last_update_time: "2023-03-30T18:25:26Z",
        },
      ],
    },
  },
  warnings: [],
});

// POST /cra/loans/applications/register: 200 example example-1
example<paths["/cra/loans/applications/register"]["post"]["responses"][200]["content"]["application/json"]>()({
  request_id: "LhQf0THi8SH1yJm",
});

// POST /cra/loans/register: 200 example example-1
example<paths["/cra/loans/register"]["post"]["responses"][200]["content"]["application/json"]>()({
  request_id: "LhQf0THi8SH1yJm",
});

// POST /cra/loans/update: 200 example example-1
example<paths["/cra/loans/update"]["post"]["responses"][200]["content"]["application/json"]>()({
  request_id: "LhQf0THi8SH1yJm",
});

// POST /cra/loans/unregister: 200 example example-1
example<paths["/cra/loans/unregister"]["post"]["responses"][200]["content"]["application/json"]>()({
  request_id: "LhQf0THi8SH1yJm",
});

// POST /cra/credit_profile/report/get: 200 example example-1
example<paths["/cra/credit_profile/report/get"]["post"]["responses"][200]["content"]["application/json"]>()({
  request_id: "eYupqX1mZkEuQRx",
  user_id: "usr_123456abcdef",
  warnings: [],
  report: {
    date_retrieved: "2024-01-15T10:30:00Z",
    inquiry_type: "SOFT_INQUIRY",
    client_report_id: "loan-app-12345",
    lend_scores: [],
    cashflow_insights_attributes: {},
    network_insights_attributes: {},
    metadata: null,
  },
});

// POST /oauth/token: 200 example example-1
example<paths["/oauth/token"]["post"]["responses"][200]["content"]["application/json"]>()({
  access_token: "pda-RDdg0TUCB0FB25_UPIlnhA==",
  refresh_token: "pdr--viXurkDg88d5zf8m6Wl0g==",
  expires_in: 900,
  token_type: "Bearer",
  request_id: "m8MDqcS6F3lzqvP",
});

// POST /oauth/introspect: 200 example example-1
example<paths["/oauth/introspect"]["post"]["responses"][200]["content"]["application/json"]>()({
  active: true,
  scope: "user:read user:write exchange",
  client_id: "68028ce48d2b0dec68747f6c",
  exp: 1670000000,
  iat: 1670000000,
  sub: "68028ce48d2b0dec68747f6c",
  aud: "https://production.plaid.com",
  iss: "https://production.plaid.com",
  token_type: "Bearer",
  request_id: "m8MDqcS6F3lzqvP",
});

// POST /oauth/revoke: 200 example example-1
example<paths["/oauth/revoke"]["post"]["responses"][200]["content"]["application/json"]>()({
  request_id: "m8MDqcS6F3lzqvP",
});

// POST /statements/list: 200 example example-1
example<paths["/statements/list"]["post"]["responses"][200]["content"]["application/json"]>()({
  item_id: "eVBnVMp7zdTJLkRNr33Rs6zr7KNJqBFL9DrE6",
  institution_id: "ins_3",
  institution_name: "Chase",
  accounts: [
    {
      account_id: "3gE5gnRzNyfXpBK5wEEKcymJ5albGVUqg77gr",
      account_mask: "0000",
      account_name: "Plaid Saving",
      account_official_name: "Plaid Silver Standard 0.1% Interest Saving",
      account_subtype: "savings",
      account_type: "depository",
      statements: [
        {
          statement_id: "vzeNDwK7KQIm4yEog683uElbp9GRLEFXGK98D",
          month: 5,
          year: 2023,
          date_posted: "2023-05-01",
        },
      ],
    },
  ],
  request_id: "eYupqX1mZkEuQRx",
});

// POST /statements/refresh: 200 example example-1
example<paths["/statements/refresh"]["post"]["responses"][200]["content"]["application/json"]>()({
  request_id: "eYupqX1mZkEuQRx",
});

// POST /consent/events/get: 200 example example-1
example<paths["/consent/events/get"]["post"]["responses"][200]["content"]["application/json"]>()({
  request_id: "m8MDnv9okwxFNBV",
  consent_events: [
    {
      item_id: "Ed6bjNrDLJfGvZWwnkQlfxwoNz54B5C97ejBr",
      event_type: "CONSENT_GRANTED",
      event_code: "USER_AGREEMENT",
      institution_id: "ins_123456",
      institution_name: "Platypus bank",
      initiator: "END_USER",
      created_at: "2019-02-15T15:51:39Z",
      consented_use_cases: [],
      consented_data_scopes: [],
      consented_accounts: [],
    },
    {
      item_id: "Ed6bjNrDLJfGvZWwnkQlfxwoNz54B5C97ejBr",
      event_type: "CONSENT_GRANTED",
      event_code: "USE_CASES",
      institution_id: "ins_123456",
      institution_name: "Platypus bank",
      initiator: "END_USER",
      created_at: "2019-02-15T15:52:39Z",
      consented_use_cases: [
        "Send and receive money",
        "Track and manage your finances",
      ],
      consented_data_scopes: [],
      consented_accounts: [],
    },
    {
      item_id: "Ed6bjNrDLJfGvZWwnkQlfxwoNz54B5C97ejBr",
      event_type: "CONSENT_GRANTED",
      event_code: "DATA_SCOPES",
      institution_id: "ins_123456",
      institution_name: "Platypus bank",
      initiator: "END_USER",
      created_at: "2019-02-15T15:52:39Z",
      consented_use_cases: [],
      consented_data_scopes: [
        "account_balance_info",
        "contact_info",
        "account_routing_number",
      ],
      consented_accounts: [],
    },
    {
      item_id: "Ed6bjNrDLJfGvZWwnkQlfxwoNz54B5C97ejBr",
      event_type: "CONSENT_GRANTED",
      event_code: "ACCOUNT_SCOPES",
      institution_id: "ins_123456",
      institution_name: "Platypus bank",
      initiator: "END_USER",
      created_at: "2019-02-15T15:53:39Z",
      consented_use_cases: [],
      consented_data_scopes: [],
      consented_accounts: [
        {
          account_id: "blgvvBlXw3cq5GMPwqB6s6q4dLKB9WcVqGDGo",
          mask: "0000",
          name: "Plaid Checking",
          official_name: "Plaid Gold Standard 0% Interest Checking",
          type: "depository",
          subtype: "checking",
        },
      ],
    },
    {
      item_id: "Ed6bjNrDLJfGvZWwnkQlfxwoNz54B5C97ejBr",
      event_type: "CONSENT_REVOKED",
      event_code: "REVOCATION",
      institution_id: "ins_123456",
      institution_name: "Platypus bank",
      initiator: "END_USER",
      created_at: "2020-02-20T15:53:39Z",
      consented_use_cases: [],
      consented_data_scopes: [],
      consented_accounts: [],
    },
  ],
});

// POST /item/activity/list: 200 example example-1
example<paths["/item/activity/list"]["post"]["responses"][200]["content"]["application/json"]>()({
  request_id: "m8MDnv9okwxFNBV",
  activities: [],
  last_data_access_times: [],
});

// POST /item/application/unlink: 200 example example-1
example<paths["/item/application/unlink"]["post"]["responses"][200]["content"]["application/json"]>()({
  request_id: "m8MDnv9okwxFNBV",
});

// POST /item/get: request example by-access-token
example<NonNullable<paths["/item/get"]["post"]["requestBody"]>["content"]["application/json"]>()({
  access_token: "access-sandbox-de3ce8ef-33f8-452c-a685-8671031fc0f6",
});

// POST /item/get: 200 example example-1
example<paths["/item/get"]["post"]["responses"][200]["content"]["application/json"]>()({
  item: {
    created_at: "2019-01-22T04:32:00Z",
    available_products: [
      "balance",
      "auth",
    ],
    billed_products: [
      "identity",
      "transactions",
    ],
    products: [
      "identity",
      "transactions",
    ],
    error: null,
    institution_id: "ins_109508",
    institution_name: "First Platypus Bank",
    item_id: "Ed6bjNrDLJfGvZWwnkQlfxwoNz54B5C97ejBr",
    update_type: "background",
    webhook: "https://plaid.com/example/hook",
    auth_method: null,
    consented_products: [
      "identity",
      "transactions",
    ],
    consented_data_scopes: [
      "account_balance_info",
      "contact_info",
      "transactions",
    ],
    consented_use_cases: [
      "Verify your account",
      "Track and manage your finances",
    ],
    consent_expiration_time: "2024-03-16T15:53:00Z",
  },
  status: {
    transactions: {
      last_successful_update: "2019-02-15T15:52:39Z",
      last_failed_update: "2019-01-22T04:32:00Z",
    },
    last_webhook: {
      sent_at: "2019-02-15T15:53:00Z",
      code_sent: "DEFAULT_UPDATE",
    },
  },
  request_id: "m8MDnv9okwxFNBV",
});

// POST /user_account/session/get: 200 example example-1
example<paths["/user_account/session/get"]["post"]["responses"][200]["content"]["application/json"]>()({
  identity: {
    name: {
      first_name: "Leslie",
      last_name: "Knope",
    },
    address: {
      street: "123 Main St.",
      street2: "",
      city: "Pawnee",
      region: "IN",
      postal_code: "41006",
      country: "US",
    },
    email: "leslie@knope.com",
    phone_number: "+14157452130",
    date_of_birth: "1975-01-18",
    ssn: "987654321",
    ssn_last_4: "4321",
  },
  identity_edit_history: {
    name: {
      edits_current: 0,
      edits_1d: 0,
      edits_30d: 1,
      edits_365d: 1,
      edits_all_time: 1,
    },
    address: {
      edits_current: 1,
      edits_1d: 1,
      edits_30d: 2,
      edits_365d: 2,
      edits_all_time: 2,
    },
    email: {
      edits_current: 0,
      edits_1d: 0,
      edits_30d: 0,
      edits_365d: 0,
      edits_all_time: 0,
    },
    date_of_birth: {
      edits_current: 0,
      edits_1d: 0,
      edits_30d: 0,
      edits_365d: 0,
      edits_all_time: 0,
    },
    official_document: {
      ssn: {
        edits_current: 0,
        edits_1d: 0,
        edits_30d: 0,
        edits_365d: 0,
        edits_all_time: 0,
      },
    },
  },
  items: [
    {
      item_id: "Ed6bjNrDLJfGvZWwnkQlfxwoNz54B5C97ejBr",
      access_token: "access-sandbox-435beced-94e8-4df3-a181-1dde1cfa19f0",
    },
  ],
  request_id: "m8MDnv9okwxFNBV",
});

// POST /user_account/session/event/send: 200 example example-1
example<paths["/user_account/session/event/send"]["post"]["responses"][200]["content"]["application/json"]>()({
  request_id: "m8MDnv9okwxFNBV",
});

// POST /profile/network_status/get: 200 example example-1
example<paths["/profile/network_status/get"]["post"]["responses"][200]["content"]["application/json"]>()({
  network_status: "RETURNING_USER",
  request_id: "m8MDnv9okwxFNBV",
});

// POST /network/status/get: 200 example example-1
example<paths["/network/status/get"]["post"]["responses"][200]["content"]["application/json"]>()({
  network_status: "RETURNING_USER",
  request_id: "m8MDnv9okwxFNBV",
});

// POST /auth/get: 200 example example-1
example<paths["/auth/get"]["post"]["responses"][200]["content"]["application/json"]>()({
  accounts: [
    {
      account_id: "vzeNDwK7KQIm4yEog683uElbp9GRLEFXGK98D",
      balances: {
        available: 100,
        current: 110,
        limit: null,
        iso_currency_code: "USD",
        unofficial_currency_code: null,
      },
      mask: "9606",
      name: "Plaid Checking",
      official_name: "Plaid Gold Checking",
      subtype: "checking",
      type: "depository",
    },
  ],
  numbers: {
    ach: [
      {
        account: "9900009606",
        account_id: "vzeNDwK7KQIm4yEog683uElbp9GRLEFXGK98D",
        routing: "011401533",
        wire_routing: "021000021",
        is_tokenized_account_number: false,
      },
    ],
    eft: [
      {
        account: "111122223333",
        account_id: "vzeNDwK7KQIm4yEog683uElbp9GRLEFXGK98D",
        institution: "021",
        branch: "01140",
      },
    ],
    international: [
      {
        account_id: "vzeNDwK7KQIm4yEog683uElbp9GRLEFXGK98D",
        bic: "NWBKGB21",
        iban: "GB29NWBK60161331926819",
      },
    ],
    bacs: [
      {
        account: "31926819",
        account_id: "vzeNDwK7KQIm4yEog683uElbp9GRLEFXGK98D",
        sort_code: "601613",
      },
    ],
  },
  item: {
    available_products: [
      "balance",
      "identity",
      "payment_initiation",
      "transactions",
    ],
    billed_products: [
      "assets",
      "auth",
    ],
    consent_expiration_time: null,
    error: null,
    institution_id: "ins_117650",
    institution_name: "Royal Bank of Plaid",
    item_id: "DWVAAPWq4RHGlEaNyGKRTAnPLaEmo8Cvq7na6",
    update_type: "background",
    webhook: "https://www.genericwebhookurl.com/webhook",
    auth_method: "INSTANT_AUTH",
  },
  request_id: "m8MDnv9okwxFNBV",
});

// POST /auth/verify: 200 example example-1
example<paths["/auth/verify"]["post"]["responses"][200]["content"]["application/json"]>()({
  request_id: "m8MDnv9okwxFNBV",
  item_id: "DWVAAPWq4RHGlEaNyGKRTAnPLaEmo8Cvq7na6",
  verification_status: "database_insights_pass",
  verification_insights: {
    name_match_score: 85,
    network_status: {
      has_numbers_match: true,
      is_numbers_match_verified: true,
    },
    previous_returns: {
      has_previous_administrative_return: false,
    },
    account_number_format: "valid",
  },
});

// POST /transactions/get: 200 example example-1
example<paths["/transactions/get"]["post"]["responses"][200]["content"]["application/json"]>()({
  accounts: [
    {
      account_id: "BxBXxLj1m4HMXBm9WZZmCWVbPjX16EHwv99vp",
      balances: {
        available: 110.94,
        current: 110.94,
        iso_currency_code: "USD",
        limit: null,
        unofficial_currency_code: null,
      },
      mask: "0000",
      name: "Plaid Checking",
      official_name: "Plaid Gold Standard 0% Interest Checking",
      subtype: "checking",
      type: "depository",
    },
  ],
  transactions: [
    {
      account_id: "BxBXxLj1m4HMXBm9WZZmCWVbPjX16EHwv99vp",
      account_owner: null,
      amount: 28.34,
      iso_currency_code: "USD",
      unofficial_currency_code: null,
      check_number: null,
      counterparties: [
        {
          name: "DoorDash",
          type: "marketplace",
          logo_url: "https://plaid-counterparty-logos.plaid.com/doordash_1.png",
          website: "doordash.com",
          entity_id: "YNRJg5o2djJLv52nBA1Yn1KpL858egYVo4dpm",
          confidence_level: "HIGH",
        },
        {
          name: "Burger King",
          type: "merchant",
          logo_url: "https://plaid-merchant-logos.plaid.com/burger_king_155.png",
          website: "burgerking.com",
          entity_id: "mVrw538wamwdm22mK8jqpp7qd5br0eeV9o4a1",
          confidence_level: "VERY_HIGH",
        },
      ],
      date: "2023-09-28",
      datetime: "2023-09-28T15:10:09Z",
      authorized_date: "2023-09-27",
      authorized_datetime: "2023-09-27T08:01:58Z",
      location: {
        address: null,
        city: null,
        region: null,
        postal_code: null,
        country: null,
        lat: null,
        lon: null,
        store_number: null,
      },
      name: "Dd Doordash Burgerkin",
      merchant_name: "Burger King",
      merchant_entity_id: "mVrw538wamwdm22mK8jqpp7qd5br0eeV9o4a1",
      logo_url: "https://plaid-merchant-logos.plaid.com/burger_king_155.png",
      website: "burgerking.com",
      payment_meta: {
        by_order_of: null,
        payee: null,
        payer: null,
        payment_method: null,
        payment_processor: null,
        ppd_id: null,
        reason: null,
        reference_number: null,
      },
      payment_channel: "online",
      pending: true,
      pending_transaction_id: null,
      personal_finance_category: {
        primary: "FOOD_AND_DRINK",
        detailed: "FOOD_AND_DRINK_FAST_FOOD",
        confidence_level: "VERY_HIGH",
      },
      personal_finance_category_icon_url: "https://plaid-category-icons.plaid.com/PFC_FOOD_AND_DRINK.png",
      transaction_id: "yhnUVvtcGGcCKU0bcz8PDQr5ZUxUXebUvbKC0",
      transaction_code: null,
      transaction_type: "digital",
    },
    {
      account_id: "BxBXxLj1m4HMXBm9WZZmCWVbPjX16EHwv99vp",
      account_owner: null,
      amount: 72.1,
      iso_currency_code: "USD",
      unofficial_currency_code: null,
      check_number: null,
      counterparties: [
        {
          name: "Walmart",
          type: "merchant",
          logo_url: "https://plaid-merchant-logos.plaid.com/walmart_1100.png",
          website: "walmart.com",
          entity_id: "O5W5j4dN9OR3E6ypQmjdkWZZRoXEzVMz2ByWM",
          confidence_level: "VERY_HIGH",
        },
      ],
      date: "2023-09-24",
      datetime: "2023-09-24T11:01:01Z",
      authorized_date: "2023-09-22",
      authorized_datetime: "2023-09-22T10:34:50Z",
      location: {
        address: "13425 Community Rd",
        city: "Poway",
        region: "CA",
        postal_code: "92064",
        country: "US",
        lat: 32.959068,
        lon: -117.037666,
        store_number: "1700",
      },
      name: "PURCHASE WM SUPERCENTER #1700",
      merchant_name: "Walmart",
      merchant_entity_id: "O5W5j4dN9OR3E6ypQmjdkWZZRoXEzVMz2ByWM",
      logo_url: "https://plaid-merchant-logos.plaid.com/walmart_1100.png",
      website: "walmart.com",
      payment_meta: {
        by_order_of: null,
        payee: null,
        payer: null,
        payment_method: null,
        payment_processor: null,
        ppd_id: null,
        reason: null,
        reference_number: null,
      },
      payment_channel: "in store",
      pending: false,
      pending_transaction_id: "no86Eox18VHMvaOVL7gPUM9ap3aR1LsAVZ5nc",
      personal_finance_category: {
        primary: "GENERAL_MERCHANDISE",
        detailed: "GENERAL_MERCHANDISE_SUPERSTORES",
        confidence_level: "VERY_HIGH",
      },
      personal_finance_category_icon_url: "https://plaid-category-icons.plaid.com/PFC_GENERAL_MERCHANDISE.png",
      transaction_id: "lPNjeW1nR6CDn5okmGQ6hEpMo4lLNoSrzqDje",
      transaction_code: null,
      transaction_type: "place",
    },
  ],
  item: {
    available_products: [
      "balance",
      "identity",
      "investments",
    ],
    billed_products: [
      "assets",
      "auth",
      "liabilities",
      "transactions",
    ],
    consent_expiration_time: null,
    error: null,
    institution_id: "ins_3",
    institution_name: "Chase",
    item_id: "eVBnVMp7zdTJLkRNr33Rs6zr7KNJqBFL9DrE6",
    update_type: "background",
    webhook: "https://www.genericwebhookurl.com/webhook",
    auth_method: "INSTANT_AUTH",
  },
  total_transactions: 1,
  request_id: "45QSn",
});

// POST /transactions/refresh: 200 example example-1
example<paths["/transactions/refresh"]["post"]["responses"][200]["content"]["application/json"]>()({
  request_id: "1vwmF5TBQwiqfwP",
});

// POST /sandbox/transactions/create: 200 example example-1
example<paths["/sandbox/transactions/create"]["post"]["responses"][200]["content"]["application/json"]>()({
  request_id: "m8MDnv9okwxFNBV",
});

// POST /sandbox/transactions/create: 400 example too_many_transactions
example<paths["/sandbox/transactions/create"]["post"]["responses"][400]["content"]["application/json"]>()({
  error_type: "INVALID_REQUEST",
  error_code: "INVALID_FIELD",
  error_message: "The request contains too many transactions.",
  display_message: "The request contains too many transactions.",
  status: 400,
  request_id: "m8MDnv9okwxFNBV",
});

// POST /sandbox/transactions/create: 400 example invalid_dates
example<paths["/sandbox/transactions/create"]["post"]["responses"][400]["content"]["application/json"]>()({
  error_type: "INVALID_REQUEST",
  error_code: "INVALID_FIELD",
  error_message: "Transaction and posted dates must be within the last 14 days. The posted date cannot be before the transaction date.",
  display_message: "Transaction and posted dates must be within the last 14 days. The posted date cannot be before the transaction date.",
  status: 400,
  request_id: "m8MDnv9okwxFNBV",
});

// POST /cashflow_report/refresh: 200 example example-1
example<paths["/cashflow_report/refresh"]["post"]["responses"][200]["content"]["application/json"]>()({
  request_id: "1vwmF5TBQwiqfwP",
});

// POST /cashflow_report/get: 200 example example-1
example<paths["/cashflow_report/get"]["post"]["responses"][200]["content"]["application/json"]>()({
  accounts: [
    {
      account_id: "BxBXxLj1m4HMXBm9WZZmCWVbPjX16EHwv99vp",
      balances: {
        available: 110.94,
        current: 110.94,
        iso_currency_code: "USD",
        limit: null,
        unofficial_currency_code: null,
      },
      mask: "0000",
      name: "Plaid Checking",
      official_name: "Plaid Gold Standard 0% Interest Checking",
      subtype: "checking",
      type: "depository",
      owners: [
        {
          addresses: [
            {
              data: {
                city: "Malakoff",
                country: "US",
                postal_code: "14236",
                region: "NY",
                street: "2992 Cameron Road",
              },
              primary: true,
            },
            {
              data: {
                city: "San Matias",
                country: "US",
                postal_code: "93405-2255",
                region: "CA",
                street: "2493 Leisure Lane",
              },
              primary: false,
            },
          ],
          emails: [
            {
              data: "accountholder0@example.com",
              primary: true,
              type: "primary",
            },
            {
              data: "accountholder1@example.com",
              primary: false,
              type: "secondary",
            },
            {
              data: "extraordinarily.long.email.username.123456@reallylonghostname.com",
              primary: false,
              type: "other",
            },
          ],
          names: [
            "Alberta Bobbeth Charleson",
          ],
          phone_numbers: [
            {
              data: "2025550123",
              primary: false,
              type: "home",
            },
            {
              data: "3125550123",
              primary: false,
              type: "work",
            },
            {
              data: "4155550123",
              primary: false,
              type: "mobile",
            },
          ],
        },
      ],
    },
  ],
  transactions: [
    {
      account_id: "BxBXxLj1m4HMXBm9WZZmCWVbPjX16EHwv99vp",
      account_owner: null,
      amount: 28.34,
      iso_currency_code: "USD",
      unofficial_currency_code: null,
      check_number: null,
      counterparties: [
        {
          name: "DoorDash",
          type: "marketplace",
          logo_url: "https://plaid-counterparty-logos.plaid.com/doordash_1.png",
          website: "doordash.com",
          entity_id: "YNRJg5o2djJLv52nBA1Yn1KpL858egYVo4dpm",
          confidence_level: "HIGH",
        },
        {
          name: "Burger King",
          type: "merchant",
          logo_url: "https://plaid-merchant-logos.plaid.com/burger_king_155.png",
          website: "burgerking.com",
          entity_id: "mVrw538wamwdm22mK8jqpp7qd5br0eeV9o4a1",
          confidence_level: "VERY_HIGH",
        },
      ],
      date: "2023-09-28",
      datetime: "2023-09-28T15:10:09Z",
      authorized_date: "2023-09-27",
      authorized_datetime: "2023-09-27T08:01:58Z",
      location: {
        address: null,
        city: null,
        region: null,
        postal_code: null,
        country: null,
        lat: null,
        lon: null,
        store_number: null,
      },
      name: "Dd Doordash Burgerkin",
      merchant_name: "Burger King",
      merchant_entity_id: "mVrw538wamwdm22mK8jqpp7qd5br0eeV9o4a1",
      logo_url: "https://plaid-merchant-logos.plaid.com/burger_king_155.png",
      website: "burgerking.com",
      payment_meta: {
        by_order_of: null,
        payee: null,
        payer: null,
        payment_method: null,
        payment_processor: null,
        ppd_id: null,
        reason: null,
        reference_number: null,
      },
      payment_channel: "online",
      pending: true,
      pending_transaction_id: null,
      personal_finance_category: {
        primary: "FOOD_AND_DRINK",
        detailed: "FOOD_AND_DRINK_FAST_FOOD",
        confidence_level: "VERY_HIGH",
      },
      personal_finance_category_icon_url: "https://plaid-category-icons.plaid.com/PFC_FOOD_AND_DRINK.png",
      transaction_id: "yhnUVvtcGGcCKU0bcz8PDQr5ZUxUXebUvbKC0",
      transaction_code: null,
      transaction_type: "digital",
    },
    {
      account_id: "BxBXxLj1m4HMXBm9WZZmCWVbPjX16EHwv99vp",
      account_owner: null,
      amount: 72.1,
      iso_currency_code: "USD",
      unofficial_currency_code: null,
      check_number: null,
      counterparties: [
        {
          name: "Walmart",
          type: "merchant",
          logo_url: "https://plaid-merchant-logos.plaid.com/walmart_1100.png",
          website: "walmart.com",
          entity_id: "O5W5j4dN9OR3E6ypQmjdkWZZRoXEzVMz2ByWM",
          confidence_level: "VERY_HIGH",
        },
      ],
      date: "2023-09-24",
      datetime: "2023-09-24T11:01:01Z",
      authorized_date: "2023-09-22",
      authorized_datetime: "2023-09-22T10:34:50Z",
      location: {
        address: "13425 Community Rd",
        city: "Poway",
        region: "CA",
        postal_code: "92064",
        country: "US",
        lat: 32.959068,
        lon: -117.037666,
        store_number: "1700",
      },
      name: "PURCHASE WM SUPERCENTER #1700",
      merchant_name: "Walmart",
      merchant_entity_id: "O5W5j4dN9OR3E6ypQmjdkWZZRoXEzVMz2ByWM",
      logo_url: "https://plaid-merchant-logos.plaid.com/walmart_1100.png",
      website: "walmart.com",
      payment_meta: {
        by_order_of: null,
        payee: null,
        payer: null,
        payment_method: null,
        payment_processor: null,
        ppd_id: null,
        reason: null,
        reference_number: null,
      },
      payment_channel: "in store",
      pending: false,
      pending_transaction_id: "no86Eox18VHMvaOVL7gPUM9ap3aR1LsAVZ5nc",
      personal_finance_category: {
        primary: "GENERAL_MERCHANDISE",
        detailed: "GENERAL_MERCHANDISE_SUPERSTORES",
        confidence_level: "VERY_HIGH",
      },
      personal_finance_category_icon_url: "https://plaid-category-icons.plaid.com/PFC_GENERAL_MERCHANDISE.png",
      transaction_id: "lPNjeW1nR6CDn5okmGQ6hEpMo4lLNoSrzqDje",
      transaction_code: null,
      transaction_type: "place",
    },
  ],
  total_transactions: 2,
  item: {
    available_products: [
      "balance",
      "identity",
      "investments",
    ],
    billed_products: [
      "assets",
      "auth",
      "liabilities",
      "transactions",
    ],
    consent_expiration_time: null,
    error: null,
    institution_id: "ins_3",
    institution_name: "Chase",
    item_id: "eVBnVMp7zdTJLkRNr33Rs6zr7KNJqBFL9DrE6",
    update_type: "background",
    webhook: "https://www.genericwebhookurl.com/webhook",
    auth_method: "INSTANT_AUTH",
  },
  next_cursor: "eu4rIDi328130dKJEoqieej",
  has_more: true,
  request_id: "45QSn",
  last_successful_update_time: "2025-07-02T00:00:00Z",
});

// POST /cashflow_report/transactions/get: 200 example example-1
example<paths["/cashflow_report/transactions/get"]["post"]["responses"][200]["content"]["application/json"]>()({
  accounts: [
    {
      account_id: "BxBXxLj1m4HMXBm9WZZmCWVbPjX16EHwv99vp",
      balances: {
        available: 110.94,
        current: 110.94,
        iso_currency_code: "USD",
        limit: null,
        unofficial_currency_code: null,
      },
      mask: "0000",
      name: "Plaid Checking",
      official_name: "Plaid Gold Standard 0% Interest Checking",
      subtype: "checking",
      type: "depository",
      owners: [
        {
          addresses: [
            {
              data: {
                city: "Malakoff",
                country: "US",
                postal_code: "14236",
                region: "NY",
                street: "2992 Cameron Road",
              },
              primary: true,
            },
            {
              data: {
                city: "San Matias",
                country: "US",
                postal_code: "93405-2255",
                region: "CA",
                street: "2493 Leisure Lane",
              },
              primary: false,
            },
          ],
          emails: [
            {
              data: "accountholder0@example.com",
              primary: true,
              type: "primary",
            },
            {
              data: "accountholder1@example.com",
              primary: false,
              type: "secondary",
            },
            {
              data: "extraordinarily.long.email.username.123456@reallylonghostname.com",
              primary: false,
              type: "other",
            },
          ],
          names: [
            "Alberta Bobbeth Charleson",
          ],
          phone_numbers: [
            {
              data: "2025550123",
              primary: false,
              type: "home",
            },
            {
              data: "1112224444",
              primary: false,
              type: "work",
            },
            {
              data: "1112225555",
              primary: false,
              type: "mobile",
            },
          ],
        },
      ],
    },
  ],
  transactions: [
    {
      account_id: "BxBXxLj1m4HMXBm9WZZmCWVbPjX16EHwv99vp",
      account_owner: null,
      amount: 28.34,
      iso_currency_code: "USD",
      unofficial_currency_code: null,
      check_number: null,
      counterparties: [
        {
          name: "DoorDash",
          type: "marketplace",
          logo_url: "https://plaid-counterparty-logos.plaid.com/doordash_1.png",
          website: "doordash.com",
          entity_id: "YNRJg5o2djJLv52nBA1Yn1KpL858egYVo4dpm",
          confidence_level: "HIGH",
        },
        {
          name: "Burger King",
          type: "merchant",
          logo_url: "https://plaid-merchant-logos.plaid.com/burger_king_155.png",
          website: "burgerking.com",
          entity_id: "mVrw538wamwdm22mK8jqpp7qd5br0eeV9o4a1",
          confidence_level: "VERY_HIGH",
        },
      ],
      date: "2023-09-28",
      datetime: "2023-09-28T15:10:09Z",
      authorized_date: "2023-09-27",
      authorized_datetime: "2023-09-27T08:01:58Z",
      location: {
        address: null,
        city: null,
        region: null,
        postal_code: null,
        country: null,
        lat: null,
        lon: null,
        store_number: null,
      },
      name: "Dd Doordash Burgerkin",
      merchant_name: "Burger King",
      merchant_entity_id: "mVrw538wamwdm22mK8jqpp7qd5br0eeV9o4a1",
      logo_url: "https://plaid-merchant-logos.plaid.com/burger_king_155.png",
      website: "burgerking.com",
      payment_meta: {
        by_order_of: null,
        payee: null,
        payer: null,
        payment_method: null,
        payment_processor: null,
        ppd_id: null,
        reason: null,
        reference_number: null,
      },
      payment_channel: "online",
      pending: true,
      pending_transaction_id: null,
      personal_finance_category: {
        primary: "FOOD_AND_DRINK",
        detailed: "FOOD_AND_DRINK_FAST_FOOD",
        confidence_level: "VERY_HIGH",
      },
      personal_finance_category_icon_url: "https://plaid-category-icons.plaid.com/PFC_FOOD_AND_DRINK.png",
      transaction_id: "yhnUVvtcGGcCKU0bcz8PDQr5ZUxUXebUvbKC0",
      transaction_code: null,
      transaction_type: "digital",
    },
    {
      account_id: "BxBXxLj1m4HMXBm9WZZmCWVbPjX16EHwv99vp",
      account_owner: null,
      amount: 72.1,
      iso_currency_code: "USD",
      unofficial_currency_code: null,
      check_number: null,
      counterparties: [
        {
          name: "Walmart",
          type: "merchant",
          logo_url: "https://plaid-merchant-logos.plaid.com/walmart_1100.png",
          website: "walmart.com",
          entity_id: "O5W5j4dN9OR3E6ypQmjdkWZZRoXEzVMz2ByWM",
          confidence_level: "VERY_HIGH",
        },
      ],
      date: "2023-09-24",
      datetime: "2023-09-24T11:01:01Z",
      authorized_date: "2023-09-22",
      authorized_datetime: "2023-09-22T10:34:50Z",
      location: {
        address: "13425 Community Rd",
        city: "Poway",
        region: "CA",
        postal_code: "92064",
        country: "US",
        lat: 32.959068,
        lon: -117.037666,
        store_number: "1700",
      },
      name: "PURCHASE WM SUPERCENTER #1700",
      merchant_name: "Walmart",
      merchant_entity_id: "O5W5j4dN9OR3E6ypQmjdkWZZRoXEzVMz2ByWM",
      logo_url: "https://plaid-merchant-logos.plaid.com/walmart_1100.png",
      website: "walmart.com",
      payment_meta: {
        by_order_of: null,
        payee: null,
        payer: null,
        payment_method: null,
        payment_processor: null,
        ppd_id: null,
        reason: null,
        reference_number: null,
      },
      payment_channel: "in store",
      pending: false,
      pending_transaction_id: "no86Eox18VHMvaOVL7gPUM9ap3aR1LsAVZ5nc",
      personal_finance_category: {
        primary: "GENERAL_MERCHANDISE",
        detailed: "GENERAL_MERCHANDISE_SUPERSTORES",
        confidence_level: "VERY_HIGH",
      },
      personal_finance_category_icon_url: "https://plaid-category-icons.plaid.com/PFC_GENERAL_MERCHANDISE.png",
      transaction_id: "lPNjeW1nR6CDn5okmGQ6hEpMo4lLNoSrzqDje",
      transaction_code: null,
      transaction_type: "place",
    },
  ],
  total_transactions: 2,
  item: {
    available_products: [
      "balance",
      "identity",
      "investments",
    ],
    billed_products: [
      "assets",
      "auth",
      "liabilities",
      "transactions",
    ],
    consent_expiration_time: null,
    error: null,
    institution_id: "ins_3",
    institution_name: "Chase",
    item_id: "eVBnVMp7zdTJLkRNr33Rs6zr7KNJqBFL9DrE6",
    update_type: "background",
    webhook: "https://www.genericwebhookurl.com/webhook",
    auth_method: "INSTANT_AUTH",
  },
  next_cursor: "eu4rIDi328130dKJEoqieej",
  has_more: true,
  request_id: "45QSn",
});

// POST /cashflow_report/insights/get: 200 example example-1
example<paths["/cashflow_report/insights/get"]["post"]["responses"][200]["content"]["application/json"]>()({
  item: {
    available_products: [
      "balance",
      "identity",
      "investments",
    ],
    billed_products: [
      "assets",
      "auth",
      "liabilities",
      "transactions",
    ],
    consent_expiration_time: null,
    error: null,
    institution_id: "ins_56",
    institution_name: "Chase",
    item_id: "eVBnVMp7zdTJLkRNr33Rs6zr7KNJqBFL9DrE6",
    update_type: "background",
    webhook: "https://www.genericwebhookurl.com/webhook",
    auth_method: "INSTANT_AUTH",
  },
  accounts: [
    {
      account_id: "BxBXxLj1m4HMXBm9WZZmCWVbPjX16EHwv99vp",
      balances: {
        available: 110.94,
        current: 110.94,
        iso_currency_code: "USD",
        limit: null,
        unofficial_currency_code: null,
      },
      mask: "0000",
      name: "Plaid Checking",
      official_name: "Plaid Gold Standard 0% Interest Checking",
      subtype: "checking",
      type: "depository",
      owners: [
        {
          addresses: [
            {
              data: {
                city: "Malakoff",
                country: "US",
                postal_code: "14236",
                region: "NY",
                street: "2992 Cameron Road",
              },
              primary: true,
            },
            {
              data: {
                city: "San Matias",
                country: "US",
                postal_code: "93405-2255",
                region: "CA",
                street: "2493 Leisure Lane",
              },
              primary: false,
            },
          ],
          emails: [
            {
              data: "accountholder0@example.com",
              primary: true,
              type: "primary",
            },
            {
              data: "accountholder1@example.com",
              primary: false,
              type: "secondary",
            },
            {
              data: "extraordinarily.long.email.username.123456@reallylonghostname.com",
              primary: false,
              type: "other",
            },
          ],
          names: [
            "Alberta Bobbeth Charleson",
          ],
          phone_numbers: [
            {
              data: "2025550123",
              primary: false,
              type: "home",
            },
            {
              data: "1112224444",
              primary: false,
              type: "work",
            },
            {
              data: "1112225555",
              primary: false,
              type: "mobile",
            },
          ],
        },
      ],
    },
  ],
  account_insights: {
    historical_balances: [
      {
        amount: 48050,
        date: "2023-06-04",
        iso_currency_code: "USD",
        unofficial_currency_code: null,
      },
      {
        amount: 49050,
        date: "2023-06-03",
        iso_currency_code: "USD",
        unofficial_currency_code: null,
      },
      {
        amount: 37050,
        date: "2023-06-02",
        iso_currency_code: "USD",
        unofficial_currency_code: null,
      },
      {
        amount: 35050,
        date: "2023-06-01",
        iso_currency_code: "USD",
        unofficial_currency_code: null,
      },
    ],
    monthly_summaries: [
      {
        start_date: "2023-06-01",
        end_date: "2023-06-30",
        starting_balance: null,
        ending_balance: null,
        average_daily_ending_balance: {
          amount: 42300,
          iso_currency_code: "USD",
          unofficial_currency_code: null,
        },
        average_daily_inflow_amount: {
          amount: 3050,
          iso_currency_code: "USD",
          unofficial_currency_code: null,
        },
        average_daily_outflow_amount: {
          amount: 250,
          iso_currency_code: "USD",
          unofficial_currency_code: null,
        },
        average_daily_net_cashflow_amount: {
          amount: 2800,
          iso_currency_code: "USD",
          unofficial_currency_code: null,
        },
        average_daily_inflow_transaction_count: 6,
        average_daily_outflow_transaction_count: 2,
        total_revenue: {
          amount: 16200,
          iso_currency_code: "USD",
          unofficial_currency_code: null,
        },
        total_loan_payment: {
          amount: 1000,
          iso_currency_code: "USD",
          unofficial_currency_code: null,
        },
        total_variable_expense: {
          amount: 250,
          iso_currency_code: "USD",
          unofficial_currency_code: null,
        },
        total_payroll: {
          amount: 200,
          iso_currency_code: "USD",
          unofficial_currency_code: null,
        },
        nsf_transaction_count: 0,
        overdraft_transaction_count: 1,
        negative_ending_balance_day_count: 0,
      },
    ],
  },
  request_id: "45QSn",
  last_generated_time: "2023-06-04T10:34:50Z",
});

// POST /transactions/recurring/get: 200 example example-1
example<paths["/transactions/recurring/get"]["post"]["responses"][200]["content"]["application/json"]>()({
  updated_datetime: "2022-05-01T00:00:00Z",
  inflow_streams: [
    {
      account_id: "lPNjeW1nR6CDn5okmGQ6hEpMo4lLNoSrzqDje",
      stream_id: "no86Eox18VHMvaOVL7gPUM9ap3aR1LsAVZ5nc",
      category: null,
      category_id: null,
      description: "Platypus Payroll",
      merchant_name: null,
      personal_finance_category: {
        primary: "INCOME",
        detailed: "INCOME_WAGES",
        confidence_level: "UNKNOWN",
      },
      first_date: "2022-02-28",
      last_date: "2022-04-30",
      predicted_next_date: "2022-05-15",
      frequency: "SEMI_MONTHLY",
      transaction_ids: [
        "nkeaNrDGrhdo6c4qZWDA8ekuIPuJ4Avg5nKfw",
        "EfC5ekksdy30KuNzad2tQupW8WIPwvjXGbGHL",
        "ozfvj3FFgp6frbXKJGitsDzck5eWQH7zOJBYd",
        "QvdDE8AqVWo3bkBZ7WvCd7LskxVix8Q74iMoK",
        "uQozFPfMzibBouS9h9tz4CsyvFll17jKLdPAF",
      ],
      average_amount: {
        amount: -800,
        iso_currency_code: "USD",
        unofficial_currency_code: null,
      },
      last_amount: {
        amount: -1000,
        iso_currency_code: "USD",
        unofficial_currency_code: null,
      },
      is_active: true,
      status: "MATURE",
      is_user_modified: false,
    },
  ],
  outflow_streams: [
    {
      account_id: "lPNjeW1nR6CDn5okmGQ6hEpMo4lLNoSrzqDff",
      stream_id: "no86Eox18VHMvaOVL7gPUM9ap3aR1LsAVZ5nd",
      category: null,
      category_id: null,
      description: "ConEd Bill Payment",
      merchant_name: "ConEd",
      personal_finance_category: {
        primary: "RENT_AND_UTILITIES",
        detailed: "RENT_AND_UTILITIES_GAS_AND_ELECTRICITY",
        confidence_level: "UNKNOWN",
      },
      first_date: "2022-02-04",
      last_date: "2022-05-02",
      predicted_next_date: "2022-06-02",
      frequency: "MONTHLY",
      transaction_ids: [
        "yhnUVvtcGGcCKU0bcz8PDQr5ZUxUXebUvbKC0",
        "HPDnUVgI5Pa0YQSl0rxwYRwVXeLyJXTWDAvpR",
        "jEPoSfF8xzMClE9Ohj1he91QnvYoSdwg7IT8L",
        "CmdQTNgems8BT1B7ibkoUXVPyAeehT3Tmzk0l",
      ],
      average_amount: {
        amount: 85,
        iso_currency_code: "USD",
        unofficial_currency_code: null,
      },
      last_amount: {
        amount: 100,
        iso_currency_code: "USD",
        unofficial_currency_code: null,
      },
      is_active: true,
      status: "MATURE",
      is_user_modified: false,
    },
    {
      account_id: "lPNjeW1nR6CDn5okmGQ6hEpMo4lLNoSrzqDff",
      stream_id: "SrBNJZDuUMweodmPmSOeOImwsWt53ZXfJQAfC",
      category: null,
      category_id: null,
      description: "Costco Annual Membership",
      merchant_name: "Costco",
      personal_finance_category: {
        primary: "GENERAL_MERCHANDISE",
        detailed: "GENERAL_MERCHANDISE_SUPERSTORES",
        confidence_level: "UNKNOWN",
      },
      first_date: "2022-01-23",
      last_date: "2023-01-22",
      predicted_next_date: "2024-01-22",
      frequency: "ANNUALLY",
      transaction_ids: [
        "yqEBJ72cS4jFwcpxJcDuQr94oAQ1R1lMC33D4",
        "Kz5Hm3cZCgpn4tMEKUGAGD6kAcxMBsEZDSwJJ",
      ],
      average_amount: {
        amount: 120,
        iso_currency_code: "USD",
        unofficial_currency_code: null,
      },
      last_amount: {
        amount: 120,
        iso_currency_code: "USD",
        unofficial_currency_code: null,
      },
      is_active: true,
      status: "MATURE",
      is_user_modified: false,
    },
  ],
  request_id: "tbFyCEqkU775ZGG",
});

// POST /transactions/sync: 200 example example-1
example<paths["/transactions/sync"]["post"]["responses"][200]["content"]["application/json"]>()({
  accounts: [
    {
      account_id: "BxBXxLj1m4HMXBm9WZZmCWVbPjX16EHwv99vp",
      balances: {
        available: 110.94,
        current: 110.94,
        iso_currency_code: "USD",
        limit: null,
        unofficial_currency_code: null,
      },
      mask: "0000",
      name: "Plaid Checking",
      official_name: "Plaid Gold Standard 0% Interest Checking",
      subtype: "checking",
      type: "depository",
    },
  ],
  added: [
    {
      account_id: "BxBXxLj1m4HMXBm9WZZmCWVbPjX16EHwv99vp",
      account_owner: null,
      amount: 72.1,
      iso_currency_code: "USD",
      unofficial_currency_code: null,
      check_number: null,
      counterparties: [
        {
          name: "Walmart",
          type: "merchant",
          logo_url: "https://plaid-merchant-logos.plaid.com/walmart_1100.png",
          website: "walmart.com",
          entity_id: "O5W5j4dN9OR3E6ypQmjdkWZZRoXEzVMz2ByWM",
          confidence_level: "VERY_HIGH",
        },
      ],
      date: "2023-09-24",
      datetime: "2023-09-24T11:01:01Z",
      authorized_date: "2023-09-22",
      authorized_datetime: "2023-09-22T10:34:50Z",
      location: {
        address: "13425 Community Rd",
        city: "Poway",
        region: "CA",
        postal_code: "92064",
        country: "US",
        lat: 32.959068,
        lon: -117.037666,
        store_number: "1700",
      },
      name: "PURCHASE WM SUPERCENTER #1700",
      merchant_name: "Walmart",
      merchant_entity_id: "O5W5j4dN9OR3E6ypQmjdkWZZRoXEzVMz2ByWM",
      logo_url: "https://plaid-merchant-logos.plaid.com/walmart_1100.png",
      website: "walmart.com",
      payment_meta: {
        by_order_of: null,
        payee: null,
        payer: null,
        payment_method: null,
        payment_processor: null,
        ppd_id: null,
        reason: null,
        reference_number: null,
      },
      payment_channel: "in store",
      pending: false,
      pending_transaction_id: "no86Eox18VHMvaOVL7gPUM9ap3aR1LsAVZ5nc",
      personal_finance_category: {
        primary: "GENERAL_MERCHANDISE",
        detailed: "GENERAL_MERCHANDISE_SUPERSTORES",
        confidence_level: "VERY_HIGH",
      },
      personal_finance_category_icon_url: "https://plaid-category-icons.plaid.com/PFC_GENERAL_MERCHANDISE.png",
      transaction_id: "lPNjeW1nR6CDn5okmGQ6hEpMo4lLNoSrzqDje",
      transaction_code: null,
      transaction_type: "place",
    },
  ],
  modified: [
    {
      account_id: "BxBXxLj1m4HMXBm9WZZmCWVbPjX16EHwv99vp",
      account_owner: null,
      amount: 28.34,
      iso_currency_code: "USD",
      unofficial_currency_code: null,
      check_number: null,
      counterparties: [
        {
          name: "DoorDash",
          type: "marketplace",
          logo_url: "https://plaid-counterparty-logos.plaid.com/doordash_1.png",
          website: "doordash.com",
          entity_id: "YNRJg5o2djJLv52nBA1Yn1KpL858egYVo4dpm",
          confidence_level: "HIGH",
        },
        {
          name: "Burger King",
          type: "merchant",
          logo_url: "https://plaid-merchant-logos.plaid.com/burger_king_155.png",
          website: "burgerking.com",
          entity_id: "mVrw538wamwdm22mK8jqpp7qd5br0eeV9o4a1",
          confidence_level: "VERY_HIGH",
        },
      ],
      date: "2023-09-28",
      datetime: "2023-09-28T15:10:09Z",
      authorized_date: "2023-09-27",
      authorized_datetime: "2023-09-27T08:01:58Z",
      location: {
        address: null,
        city: null,
        region: null,
        postal_code: null,
        country: null,
        lat: null,
        lon: null,
        store_number: null,
      },
      name: "Dd Doordash Burgerkin",
      merchant_name: "Burger King",
      merchant_entity_id: "mVrw538wamwdm22mK8jqpp7qd5br0eeV9o4a1",
      logo_url: "https://plaid-merchant-logos.plaid.com/burger_king_155.png",
      website: "burgerking.com",
      payment_meta: {
        by_order_of: null,
        payee: null,
        payer: null,
        payment_method: null,
        payment_processor: null,
        ppd_id: null,
        reason: null,
        reference_number: null,
      },
      payment_channel: "online",
      pending: true,
      pending_transaction_id: null,
      personal_finance_category: {
        primary: "FOOD_AND_DRINK",
        detailed: "FOOD_AND_DRINK_FAST_FOOD",
        confidence_level: "VERY_HIGH",
      },
      personal_finance_category_icon_url: "https://plaid-category-icons.plaid.com/PFC_FOOD_AND_DRINK.png",
      transaction_id: "yhnUVvtcGGcCKU0bcz8PDQr5ZUxUXebUvbKC0",
      transaction_code: null,
      transaction_type: "digital",
    },
  ],
  removed: [
    {
      account_id: "BxBXxLj1m4HMXBm9WZZmCWVbPjX16EHwv99vp",
      transaction_id: "CmdQTNgems8BT1B7ibkoUXVPyAeehT3Tmzk0l",
    },
  ],
  next_cursor: "tVUUL15lYQN5rBnfDIc1I8xudpGdIlw9nsgeXWvhOfkECvUeR663i3Dt1uf/94S8ASkitgLcIiOSqNwzzp+bh89kirazha5vuZHBb2ZA5NtCDkkV",
  has_more: false,
  request_id: "Wvhy9PZHQLV8njG",
  transactions_update_status: "HISTORICAL_UPDATE_COMPLETE",
});

// POST /transactions/enrich: 200 example example-1
example<paths["/transactions/enrich"]["post"]["responses"][200]["content"]["application/json"]>()({
  enriched_transactions: [
    {
      id: "6135818adda16500147e7c1d",
      description: "PURCHASE WM SUPERCENTER #1700",
      amount: 72.1,
      direction: "OUTFLOW",
      iso_currency_code: "USD",
      enrichments: {
        counterparties: [
          {
            name: "Walmart",
            type: "merchant",
            logo_url: "https://plaid-merchant-logos.plaid.com/walmart_1100.png",
            website: "walmart.com",
            entity_id: "O5W5j4dN9OR3E6ypQmjdkWZZRoXEzVMz2ByWM",
            confidence_level: "VERY_HIGH",
            phone_number: "+18009256278",
          },
        ],
        entity_id: "O5W5j4dN9OR3E6ypQmjdkWZZRoXEzVMz2ByWM",
        location: {
          address: "13425 Community Rd",
          city: "Poway",
          region: "CA",
          postal_code: "92064",
          country: "US",
          store_number: "1700",
          lat: 32.959068,
          lon: -117.037666,
        },
        logo_url: "https://plaid-merchant-logos.plaid.com/walmart_1100.png",
        merchant_name: "Walmart",
        payment_channel: "in store",
        personal_finance_category: {
          detailed: "GENERAL_MERCHANDISE_SUPERSTORES",
          primary: "GENERAL_MERCHANDISE",
          confidence_level: "VERY_HIGH",
        },
        phone_number: "+18009256278",
        personal_finance_category_icon_url: "https://plaid-category-icons.plaid.com/PFC_GENERAL_MERCHANDISE.png",
        website: "walmart.com",
      },
    },
    {
      id: "3958434bhde9384bcmeo3401",
      description: "DD DOORDASH BURGERKIN 855-123-4567 CA",
      amount: 28.34,
      direction: "OUTFLOW",
      iso_currency_code: "USD",
      enrichments: {
        counterparties: [
          {
            name: "DoorDash",
            type: "marketplace",
            logo_url: "https://plaid-counterparty-logos.plaid.com/doordash_1.png",
            website: "doordash.com",
            entity_id: "YNRJg5o2djJLv52nBA1Yn1KpL858egYVo4dpm",
            confidence_level: "VERY_HIGH",
            phone_number: "+18001234567",
          },
          {
            name: "Burger King",
            type: "merchant",
            logo_url: "https://plaid-merchant-logos.plaid.com/burger_king_155.png",
            website: "burgerking.com",
            entity_id: "mVrw538wamwdm22mK8jqpp7qd5br0eeV9o4a1",
            confidence_level: "VERY_HIGH",
            phone_number: null,
          },
        ],
        location: {
          address: null,
          city: null,
          region: null,
          postal_code: null,
          country: null,
          store_number: null,
          lat: null,
          lon: null,
        },
        entity_id: "mVrw538wamwdm22mK8jqpp7qd5br0eeV9o4a1",
        logo_url: "https://plaid-merchant-logos.plaid.com/burger_king_155.png",
        merchant_name: "Burger King",
        payment_channel: "online",
        personal_finance_category: {
          detailed: "FOOD_AND_DRINK_FAST_FOOD",
          primary: "FOOD_AND_DRINK",
          confidence_level: "VERY_HIGH",
        },
        personal_finance_category_icon_url: "https://plaid-category-icons.plaid.com/PFC_FOOD_AND_DRINK.png",
        phone_number: null,
        website: "burgerking.com",
      },
    },
  ],
  request_id: "Wvhy9PZHQLV8njG",
});

// POST /user/transactions/refresh: request example example-1
example<NonNullable<paths["/user/transactions/refresh"]["post"]["requestBody"]>["content"]["application/json"]>()({
  user_id: "usr_8c3ZbDBYjaqUXZ",
});

// POST /user/transactions/refresh: 200 example example-1
example<paths["/user/transactions/refresh"]["post"]["responses"][200]["content"]["application/json"]>()({
  request_id: "4zlKapIkTm8p5KM",
  user_id: "usr_8c3ZbDBYjaqUXZ",
  results: [
    {
      item_id: "Fd7bjNrDLJfGvZWwnkQlfxwoNz54B5C97ejBr",
      product: "transactions",
    },
    {
      item_id: "AbCdEfGhIjKlMnOpQrStUvWxYz1234567890",
      product: "transactions",
      error: {
        error_type: "ITEM_ERROR",
        error_code: "ITEM_LOGIN_REQUIRED",
        error_code_reason: null,
        error_message: "The login credentials for this Item have changed.",
        display_message: "Please update your login credentials.",
        request_id: "req_xyz789",
        causes: [],
        status: 400,
        documentation_url: "https://plaid.com/docs/errors/item/#item_login_required",
        suggested_action: "Prompt the user to re-authenticate their account.",
      },
    },
  ],
});

// POST /user/financial_data/refresh: request example example-1
example<NonNullable<paths["/user/financial_data/refresh"]["post"]["requestBody"]>["content"]["application/json"]>()({
  user_id: "usr_8c3ZbDBYjaqUXZ",
});

// POST /user/financial_data/refresh: 200 example example-1
example<paths["/user/financial_data/refresh"]["post"]["responses"][200]["content"]["application/json"]>()({
  request_id: "4zlKapIkTm8p5KM",
  user_id: "usr_8c3ZbDBYjaqUXZ",
  results: [
    {
      item_id: "Fd7bjNrDLJfGvZWwnkQlfxwoNz54B5C97ejBr",
      product: "transactions",
    },
    {
      item_id: "AbCdEfGhIjKlMnOpQrStUvWxYz1234567890",
      product: "transactions",
      error: {
        error_type: "ITEM_ERROR",
        error_code: "ITEM_LOGIN_REQUIRED",
        error_code_reason: null,
        error_message: "The login credentials for this Item have changed.",
        display_message: "Please update your login credentials.",
        request_id: "req_xyz789",
        causes: [],
        status: 400,
        documentation_url: "https://plaid.com/docs/errors/item/#item_login_required",
        suggested_action: "Prompt the user to re-authenticate their account.",
      },
    },
  ],
});

// POST /institutions/get: 200 example example-1
example<paths["/institutions/get"]["post"]["responses"][200]["content"]["application/json"]>()({
  institutions: [
    {
      country_codes: [
        "US",
      ],
      institution_id: "ins_1",
      name: "Bank of America",
      products: [
        "assets",
        "auth",
        "balance",
        "transactions",
        "identity",
        "liabilities",
      ],
      routing_numbers: [
        "011000138",
        "011200365",
        "011400495",
      ],
      dtc_numbers: [
        "2236",
        "0955",
        "1367",
      ],
      oauth: false,
    },
  ],
  request_id: "tbFyCEqkU774ZGG",
  total: 11384,
});

// POST /institutions/search: 200 example example-1
example<paths["/institutions/search"]["post"]["responses"][200]["content"]["application/json"]>()({
  institutions: [
    {
      country_codes: [
        "US",
      ],
      institution_id: "ins_109513",
      name: "Theoretical Bank",
      oauth: true,
      products: [
        "assets",
        "auth",
        "balance",
        "cra_lend_score",
        "cra_plaid_credit_score",
        "identity",
        "identity_match",
        "income",
        "pay_by_bank",
        "processor_payments",
        "recurring_transactions",
        "transactions",
        "transfer",
      ],
      routing_numbers: [
        "031101270",
        "103100194",
        "103112357",
      ],
    },
  ],
  request_id: "QheuqaazREmq9xp",
});

// POST /institutions/get_by_id: 200 example example-1
example<paths["/institutions/get_by_id"]["post"]["responses"][200]["content"]["application/json"]>()({
  institution: {
    country_codes: [
      "US",
    ],
    institution_id: "ins_109512",
    name: "Houndstooth Bank",
    products: [
      "auth",
      "balance",
      "identity",
      "transactions",
    ],
    routing_numbers: [
      "011000138",
      "011200365",
      "011400495",
    ],
    dtc_numbers: [
      "2236",
      "0955",
      "1367",
    ],
    oauth: false,
    status: {
      item_logins: {
        status: "HEALTHY",
        last_status_change: "2019-02-15T15:53:00Z",
        breakdown: {
          success: 0.9,
          error_plaid: 0.01,
          error_institution: 0.09,
        },
      },
      transactions_updates: {
        status: "HEALTHY",
        last_status_change: "2019-02-12T08:22:00Z",
        breakdown: {
          success: 0.95,
          error_plaid: 0.02,
          error_institution: 0.03,
          refresh_interval: "NORMAL",
        },
      },
      auth: {
        status: "HEALTHY",
        last_status_change: "2019-02-15T15:53:00Z",
        breakdown: {
          success: 0.91,
          error_plaid: 0.01,
          error_institution: 0.08,
        },
      },
      identity: {
        status: "DEGRADED",
        last_status_change: "2019-02-15T15:50:00Z",
        breakdown: {
          success: 0.42,
          error_plaid: 0.08,
          error_institution: 0.5,
        },
      },
      investments: {
        status: "HEALTHY",
        last_status_change: "2019-02-15T15:53:00Z",
        breakdown: {
          success: 0.89,
          error_plaid: 0.02,
          error_institution: 0.09,
        },
        liabilities: {
          status: "HEALTHY",
          last_status_change: "2019-02-15T15:53:00Z",
          breakdown: {
            success: 0.89,
            error_plaid: 0.02,
            error_institution: 0.09,
          },
        },
      },
      investments_updates: {
        status: "HEALTHY",
        last_status_change: "2019-02-12T08:22:00Z",
        breakdown: {
          success: 0.95,
          error_plaid: 0.02,
          error_institution: 0.03,
          refresh_interval: "NORMAL",
        },
      },
      liabilities_updates: {
        status: "HEALTHY",
        last_status_change: "2019-02-12T08:22:00Z",
        breakdown: {
          success: 0.95,
          error_plaid: 0.02,
          error_institution: 0.03,
          refresh_interval: "NORMAL",
        },
      },
    },
    primary_color: "#004966",
    url: "https://plaid.com",
    logo: null,
  },
  request_id: "m8MDnv9okwxFNBV",
});

// POST /item/remove: request example by-access-token
example<NonNullable<paths["/item/remove"]["post"]["requestBody"]>["content"]["application/json"]>()({
  access_token: "access-sandbox-de3ce8ef-33f8-452c-a685-8671031fc0f6",
});

// POST /item/remove: 200 example example-1
example<paths["/item/remove"]["post"]["responses"][200]["content"]["application/json"]>()({
  request_id: "m8MDnv9okwxFNBV",
});

// POST /item/products/terminate: 200 example example-1
example<paths["/item/products/terminate"]["post"]["responses"][200]["content"]["application/json"]>()({
  request_id: "m8MDnv9okwxFNBV",
});

// POST /accounts/get: request example example-1
example<NonNullable<paths["/accounts/get"]["post"]["requestBody"]>["content"]["application/json"]>()({
  client_id: "string",
  secret: "string",
  access_token: "string",
  options: {
    account_ids: [
      "string",
    ],
  },
});

// POST /accounts/get: 200 example example-1
example<paths["/accounts/get"]["post"]["responses"][200]["content"]["application/json"]>()({
  accounts: [
    {
      account_id: "blgvvBlXw3cq5GMPwqB6s6q4dLKB9WcVqGDGo",
      balances: {
        available: 100,
        current: 110,
        iso_currency_code: "USD",
        limit: null,
        unofficial_currency_code: null,
      },
      holder_category: "personal",
      mask: "0000",
      name: "Plaid Checking",
      official_name: "Plaid Gold Standard 0% Interest Checking",
      subtype: "checking",
      type: "depository",
    },
    {
      account_id: "6PdjjRP6LmugpBy5NgQvUqpRXMWxzktg3rwrk",
      balances: {
        available: null,
        current: 23631.9805,
        iso_currency_code: "USD",
        limit: null,
        unofficial_currency_code: null,
      },
      mask: "6666",
      name: "Plaid 401k",
      official_name: null,
      subtype: "401k",
      type: "investment",
    },
    {
      account_id: "XMBvvyMGQ1UoLbKByoMqH3nXMj84ALSdE5B58",
      balances: {
        available: null,
        current: 65262,
        iso_currency_code: "USD",
        limit: null,
        unofficial_currency_code: null,
      },
      mask: "7777",
      name: "Plaid Student Loan",
      official_name: null,
      subtype: "student",
      type: "loan",
    },
  ],
  item: {
    available_products: [
      "balance",
      "identity",
      "payment_initiation",
      "transactions",
    ],
    billed_products: [
      "assets",
      "auth",
    ],
    consent_expiration_time: null,
    error: null,
    institution_id: "ins_117650",
    institution_name: "Royal Bank of Plaid",
    item_id: "DWVAAPWq4RHGlEaNyGKRTAnPLaEmo8Cvq7na6",
    update_type: "background",
    webhook: "https://www.genericwebhookurl.com/webhook",
    auth_method: "INSTANT_AUTH",
  },
  request_id: "bkVE1BHWMAZ9Rnr",
});

// POST /categories/get: 200 example example-1
example<paths["/categories/get"]["post"]["responses"][200]["content"]["application/json"]>()({
  categories: [
    {
      category_id: "10000000",
      group: "special",
      hierarchy: [
        "Bank Fees",
      ],
    },
    {
      category_id: "10001000",
      group: "special",
      hierarchy: [
        "Bank Fees",
        "Overdraft",
      ],
    },
    {
      category_id: "12001000",
      group: "place",
      hierarchy: [
        "Community",
        "Animal Shelter",
      ],
    },
  ],
  request_id: "ixTBLZGvhD4NnmB",
});

// POST /sandbox/processor_token/create: 200 example example-1
example<paths["/sandbox/processor_token/create"]["post"]["responses"][200]["content"]["application/json"]>()({
  processor_token: "processor-sandbox-b0e2c4ee-a763-4df5-bfe9-46a46bce993d",
  request_id: "Aim3b",
});

// POST /sandbox/public_token/create: 200 example example-1
example<paths["/sandbox/public_token/create"]["post"]["responses"][200]["content"]["application/json"]>()({
  public_token: "public-sandbox-b0e2c4ee-a763-4df5-bfe9-46a46bce993d",
  request_id: "Aim3b",
});

// POST /sandbox/item/fire_webhook: 200 example example-1
example<paths["/sandbox/item/fire_webhook"]["post"]["responses"][200]["content"]["application/json"]>()({
  webhook_fired: true,
  request_id: "1vwmF5TBQwiqfwP",
});

// POST /accounts/balance/get: request example example-1
example<NonNullable<paths["/accounts/balance/get"]["post"]["requestBody"]>["content"]["application/json"]>()({
  access_token: "string",
  secret: "string",
  client_id: "string",
  options: {
    account_ids: [
      "string",
    ],
  },
});

// POST /accounts/balance/get: 200 example example-1
example<paths["/accounts/balance/get"]["post"]["responses"][200]["content"]["application/json"]>()({
  accounts: [
    {
      account_id: "BxBXxLj1m4HMXBm9WZZmCWVbPjX16EHwv99vp",
      balances: {
        available: 100,
        current: 110,
        iso_currency_code: "USD",
        limit: null,
        unofficial_currency_code: null,
      },
      holder_category: "personal",
      mask: "0000",
      name: "Plaid Checking",
      official_name: "Plaid Gold Standard 0% Interest Checking",
      subtype: "checking",
      type: "depository",
    },
    {
      account_id: "dVzbVMLjrxTnLjX4G66XUp5GLklm4oiZy88yK",
      balances: {
        available: null,
        current: 410,
        iso_currency_code: "USD",
        limit: 2000,
        unofficial_currency_code: null,
      },
      mask: "3333",
      name: "Plaid Credit Card",
      official_name: "Plaid Diamond 12.5% APR Interest Credit Card",
      subtype: "credit card",
      type: "credit",
    },
    {
      account_id: "Pp1Vpkl9w8sajvK6oEEKtr7vZxBnGpf7LxxLE",
      balances: {
        available: null,
        current: 65262,
        iso_currency_code: "USD",
        limit: null,
        unofficial_currency_code: null,
      },
      mask: "7777",
      name: "Plaid Student Loan",
      official_name: null,
      subtype: "student",
      type: "loan",
    },
  ],
  item: {
    available_products: [
      "balance",
      "identity",
      "investments",
    ],
    billed_products: [
      "assets",
      "auth",
      "liabilities",
      "transactions",
    ],
    consent_expiration_time: null,
    error: null,
    institution_id: "ins_3",
    institution_name: "Chase",
    item_id: "eVBnVMp7zdTJLkRNr33Rs6zr7KNJqBFL9DrE6",
    update_type: "background",
    webhook: "https://www.genericwebhookurl.com/webhook",
    auth_method: "INSTANT_AUTH",
  },
  request_id: "qk5Bxes3gDfv4F2",
});

// POST /identity/get: 200 example example-1
example<paths["/identity/get"]["post"]["responses"][200]["content"]["application/json"]>()({
  accounts: [
    {
      account_id: "BxBXxLj1m4HMXBm9WZZmCWVbPjX16EHwv99vp",
      balances: {
        available: 100,
        current: 110,
        iso_currency_code: "USD",
        limit: null,
        unofficial_currency_code: null,
      },
      mask: "0000",
      name: "Plaid Checking",
      official_name: "Plaid Gold Standard 0% Interest Checking",
      owners: [
        {
          addresses: [
            {
              data: {
                city: "Malakoff",
                country: "US",
                postal_code: "14236",
                region: "NY",
                street: "2992 Cameron Road",
              },
              primary: true,
            },
            {
              data: {
                city: "San Matias",
                country: "US",
                postal_code: "93405-2255",
                region: "CA",
                street: "2493 Leisure Lane",
              },
              primary: false,
            },
          ],
          emails: [
            {
              data: "accountholder0@example.com",
              primary: true,
              type: "primary",
            },
            {
              data: "accountholder1@example.com",
              primary: false,
              type: "secondary",
            },
            {
              data: "extraordinarily.long.email.username.123456@reallylonghostname.com",
              primary: false,
              type: "other",
            },
          ],
          names: [
            "Alberta Bobbeth Charleson",
          ],
          phone_numbers: [
            {
              data: "2025550123",
              primary: false,
              type: "home",
            },
            {
              data: "1112224444",
              primary: false,
              type: "work",
            },
            {
              data: "1112225555",
              primary: false,
              type: "mobile",
            },
          ],
        },
      ],
      subtype: "checking",
      type: "depository",
    },
    {
      account_id: "3gE5gnRzNyfXpBK5wEEKcymJ5albGVUqg77gr",
      balances: {
        available: 200,
        current: 210,
        iso_currency_code: "USD",
        limit: null,
        unofficial_currency_code: null,
      },
      mask: "1111",
      name: "Plaid Saving",
      official_name: "Plaid Silver Standard 0.1% Interest Saving",
      owners: [
        {
          addresses: [
            {
              data: {
                city: "Malakoff",
                country: "US",
                postal_code: "14236",
                region: "NY",
                street: "2992 Cameron Road",
              },
              primary: true,
            },
            {
              data: {
                city: "San Matias",
                country: "US",
                postal_code: "93405-2255",
                region: "CA",
                street: "2493 Leisure Lane",
              },
              primary: false,
            },
          ],
          emails: [
            {
              data: "accountholder0@example.com",
              primary: true,
              type: "primary",
            },
            {
              data: "accountholder1@example.com",
              primary: false,
              type: "secondary",
            },
            {
              data: "extraordinarily.long.email.username.123456@reallylonghostname.com",
              primary: false,
              type: "other",
            },
          ],
          names: [
            "Alberta Bobbeth Charleson",
          ],
          phone_numbers: [
            {
              data: "2025550123",
              primary: false,
              type: "home",
            },
            {
              data: "1112224444",
              primary: false,
              type: "work",
            },
            {
              data: "1112225555",
              primary: false,
              type: "mobile",
            },
          ],
        },
      ],
      subtype: "savings",
      type: "depository",
    },
  ],
  item: {
    available_products: [
      "balance",
      "investments",
    ],
    billed_products: [
      "assets",
      "auth",
      "identity",
      "liabilities",
      "transactions",
    ],
    consent_expiration_time: null,
    error: null,
    institution_id: "ins_3",
    institution_name: "Chase",
    item_id: "eVBnVMp7zdTJLkRNr33Rs6zr7KNJqBFL9DrE6",
    update_type: "background",
    webhook: "https://www.genericwebhookurl.com/webhook",
    auth_method: "INSTANT_AUTH",
  },
  request_id: "3nARps6TOYtbACO",
});

// POST /identity/documents/uploads/get: 200 example example-1
example<paths["/identity/documents/uploads/get"]["post"]["responses"][200]["content"]["application/json"]>()({
  accounts: [
    {
      account_id: "ZXEbW7Rkr9iv1qj8abebU1KDMlkexgSgrLAod",
      balances: {
        available: null,
        current: null,
        iso_currency_code: "USD",
        limit: null,
        unofficial_currency_code: null,
      },
      documents: [
        {
          document_id: "9f838fef-b0a5-4ef4-bf73-8e5248d43ad7",
          metadata: {
            document_type: "BANK_STATEMENT",
            is_account_number_match: true,
            last_updated: "2024-09-25T23:57:12Z",
            page_count: 1,
            uploaded_at: "2024-09-25T23:57:12Z",
          },
          risk_insights: {
            risk_signals: [
              {
                has_fraud_risk: true,
                page_number: 0,
                signal_description: "Creation date and modification date do not match",
                type: "METADATA_DATES_OUTSIDE_WINDOW",
              },
              {
                has_fraud_risk: true,
                page_number: 0,
                signal_description: "Adobe Acrobat",
                type: "SOFTWARE_BLACKLIST",
              },
            ],
            risk_summary: {
              risk_score: 100,
            },
          },
        },
      ],
      mask: "0000",
      name: "Checking ...0000",
      official_name: null,
      owners: [
        {
          addresses: [
            {
              data: {
                city: "OAKLAND",
                country: "US",
                postal_code: "94103",
                region: "CA",
                street: "1234 GRAND AVE",
              },
              primary: true,
            },
          ],
          document_id: "9f838fef-b0a5-4ef4-bf73-8e5248d43ad7",
          emails: [],
          names: [
            "JANE DOE",
          ],
          phone_numbers: [],
        },
      ],
      subtype: "checking",
      type: "depository",
      verification_status: "manually_verified",
    },
  ],
  item: {
    available_products: [],
    billed_products: [
      "auth",
    ],
    consent_expiration_time: null,
    error: null,
    item_id: "QwpzDByRv8uvdpwKEW3WU4PkGEApajtp3o4NN",
    products: [
      "auth",
    ],
    update_type: "background",
    webhook: "https://www.example.com/webhook",
  },
  request_id: "b5jvmskusjwX5Gs",
});

// POST /identity/match: 200 example example-1
example<paths["/identity/match"]["post"]["responses"][200]["content"]["application/json"]>()({
  accounts: [
    {
      account_id: "BxBXxLj1m4HMXBm9WZZmCWVbPjX16EHwv99vp",
      balances: {
        available: null,
        current: null,
        iso_currency_code: null,
        limit: null,
        unofficial_currency_code: null,
      },
      mask: "0000",
      name: "Plaid Checking",
      official_name: "Plaid Gold Standard 0% Interest Checking",
      legal_name: {
        score: 90,
        is_nickname_match: true,
        is_first_name_or_last_name_match: true,
        is_business_name_detected: false,
      },
      phone_number: {
        score: 100,
      },
      email_address: {
        score: 100,
      },
      address: {
        score: 100,
        is_postal_code_match: true,
      },
      subtype: "checking",
      type: "depository",
    },
    {
      account_id: "3gE5gnRzNyfXpBK5wEEKcymJ5albGVUqg77gr",
      balances: {
        available: null,
        current: null,
        iso_currency_code: null,
        limit: null,
        unofficial_currency_code: null,
      },
      mask: "1111",
      name: "Plaid Saving",
      official_name: "Plaid Silver Standard 0.1% Interest Saving",
      legal_name: {
        score: 30,
        is_first_name_or_last_name_match: false,
      },
      phone_number: {
        score: 100,
      },
      email_address: null,
      address: {
        score: 100,
        is_postal_code_match: true,
      },
      subtype: "savings",
      type: "depository",
    },
  ],
  item: {
    available_products: [
      "balance",
      "investments",
    ],
    billed_products: [
      "assets",
      "auth",
      "identity",
      "liabilities",
      "transactions",
    ],
    consent_expiration_time: null,
    error: null,
    institution_id: "ins_3",
    institution_name: "Chase",
    item_id: "eVBnVMp7zdTJLkRNr33Rs6zr7KNJqBFL9DrE6",
    update_type: "background",
    webhook: "https://www.genericwebhookurl.com/webhook",
    auth_method: "INSTANT_AUTH",
  },
  request_id: "3nARps6TOYtbACO",
});

// POST /identity/refresh: 200 example example-1
example<paths["/identity/refresh"]["post"]["responses"][200]["content"]["application/json"]>()({
  request_id: "1vwmF5TBQwiqfwP",
});

// POST /dashboard_user/get: 200 example example-1
example<paths["/dashboard_user/get"]["post"]["responses"][200]["content"]["application/json"]>()({
  id: "54350110fedcbaf01234ffee",
  created_at: "2020-07-24T03:26:02Z",
  email_address: "user@example.com",
  status: "active",
  request_id: "saKrIBuEB9qJZng",
});

// POST /dashboard_user/list: 200 example example-1
example<paths["/dashboard_user/list"]["post"]["responses"][200]["content"]["application/json"]>()({
  dashboard_users: [
    {
      id: "54350110fedcbaf01234ffee",
      created_at: "2020-07-24T03:26:02Z",
      email_address: "user@example.com",
      status: "active",
    },
  ],
  next_cursor: "eyJkaXJlY3Rpb24iOiJuZXh0Iiwib2Zmc2V0IjoiMTU5NDM",
  request_id: "saKrIBuEB9qJZng",
});

// POST /identity_verification/create: 200 example example-1
example<paths["/identity_verification/create"]["post"]["responses"][200]["content"]["application/json"]>()({
  id: "idv_52xR9LKo77r1Np",
  client_user_id: "your-db-id-3b24110",
  created_at: "2020-07-24T03:26:02Z",
  completed_at: "2020-07-24T03:26:02Z",
  previous_attempt_id: "idv_42cF1MNo42r9Xj",
  shareable_url: "https://flow.plaid.com/verify/idv_4FrXJvfQU3zGUR?key=e004115db797f7cc3083bff3167cba30644ef630fb46f5b086cde6cc3b86a36f",
  template: {
    id: "idvtmp_4FrXJvfQU3zGUR",
    version: 2,
  },
  user: {
    phone_number: "+12345678909",
    date_of_birth: "1990-05-29",
    ip_address: "192.0.2.42",
    email_address: "user@example.com",
    name: {
      given_name: "Leslie",
      family_name: "Knope",
    },
    address: {
      street: "123 Main St.",
      street2: "Unit 42",
      city: "Pawnee",
      region: "IN",
      postal_code: "46001",
      country: "US",
    },
    id_number: {
      value: "123456789",
      type: "us_ssn",
    },
  },
  status: "success",
  steps: {
    accept_tos: "success",
    verify_sms: "success",
    kyc_check: "success",
    documentary_verification: "success",
    selfie_check: "success",
    watchlist_screening: "success",
    risk_check: "success",
  },
  documentary_verification: {
    status: "success",
    documents: [
      {
        status: "success",
        attempt: 1,
        images: {
          original_front: "https://example.plaid.com/verifications/idv_52xR9LKo77r1Np/documents/1/original_front.jpeg",
          original_back: "https://example.plaid.com/verifications/idv_52xR9LKo77r1Np/documents/1/original_back.jpeg",
          cropped_front: "https://example.plaid.com/verifications/idv_52xR9LKo77r1Np/documents/1/cropped_front.jpeg",
          cropped_back: "https://example.plaid.com/verifications/idv_52xR9LKo77r1Np/documents/1/cropped_back.jpeg",
          face: "https://example.plaid.com/verifications/idv_52xR9LKo77r1Np/documents/1/face.jpeg",
        },
        extracted_data: {
          id_number: "AB123456",
          category: "drivers_license",
          expiration_date: "2030-05-29",
          issue_date: "2020-05-29",
          issuing_country: "US",
          issuing_region: "IN",
          date_of_birth: "1990-05-29",
          address: {
            street: "123 Main St. Unit 42",
            city: "Pawnee",
            region: "IN",
            postal_code: "46001",
            country: "US",
          },
          name: {
            given_name: "Leslie",
            family_name: "Knope",
          },
        },
        analysis: {
          authenticity: "match",
          image_quality: "high",
          extracted_data: {
            name: "match",
            date_of_birth: "match",
            expiration_date: "not_expired",
            issuing_country: "match",
          },
          aamva_verification: {
            is_verified: true,
            id_number: "match",
            id_issue_date: "match",
            id_expiration_date: "match",
            street: "match",
            city: "match",
            postal_code: "match",
            date_of_birth: "match",
            gender: "match",
            height: "match",
            eye_color: "match",
            first_name: "match",
            middle_name: "match",
            last_name: "match",
          },
          fraud_analysis_details: {
            type_supported: "success",
            portrait_presence_check: "success",
            portrait_details_check: "success",
            image_composition_check: "success",
            integrity_check: "success",
            detail_check: "success",
            issue_date_check: "success",
          },
          image_quality_details: {
            glare_check: "success",
            blur_check: "success",
            dimensions_check: "success",
          },
        },
        redacted_at: "2020-07-24T03:26:02Z",
      },
    ],
  },
  selfie_check: {
    status: "success",
    selfies: [
      {
        status: "success",
        attempt: 1,
        capture: {
          image_url: "https://example.plaid.com/verifications/idv_52xR9LKo77r1Np/selfie/liveness.jpeg",
          video_url: "https://example.plaid.com/verifications/idv_52xR9LKo77r1Np/selfie/liveness.webm",
        },
        analysis: {
          document_comparison: "match",
          liveness_check: "success",
        },
      },
    ],
  },
  kyc_check: {
    status: "success",
    address: {
      summary: "match",
      po_box: "yes",
      type: "residential",
    },
    name: {
      summary: "match",
    },
    date_of_birth: {
      summary: "match",
    },
    id_number: {
      summary: "match",
    },
    phone_number: {
      summary: "match",
      area_code: "match",
    },
  },
  risk_check: {
    status: "success",
    behavior: {
      user_interactions: "risky",
      fraud_ring_detected: "yes",
      bot_detected: "yes",
    },
    email: {
      is_deliverable: "yes",
      breach_count: 1,
      first_breached_at: "1990-05-29",
      last_breached_at: "1990-05-29",
      domain_registered_at: "1990-05-29",
      domain_is_free_provider: "yes",
      domain_is_custom: "yes",
      domain_is_disposable: "yes",
      top_level_domain_is_suspicious: "yes",
      is_edu: "no_data",
      includes_date_of_birth: "no_data",
      linked_services: [
        "apple",
      ],
    },
    phone: {
      linked_services: [
        "apple",
      ],
    },
    devices: [
      {
        ip_proxy_type: "none_detected",
        ip_spam_list_count: 1,
        ip_timezone_offset: "+06:00:00",
      },
    ],
    identity_abuse_signals: {
      synthetic_identity: {
        score: 0,
      },
      stolen_identity: {
        score: 0,
      },
    },
    facial_duplicates: [
      {
        id: "idv_52xR9LKo77r1Np",
        similarity: 95,
        matched_after_completed: true,
      },
    ],
    trust_index_score: 86,
  },
  verify_sms: {
    status: "success",
    verifications: [
      {
        status: "success",
        attempt: 1,
        phone_number: "+12345678909",
        delivery_attempt_count: 1,
        solve_attempt_count: 1,
        initially_sent_at: "2020-07-24T03:26:02Z",
        last_sent_at: "2020-07-24T03:26:02Z",
        redacted_at: "2020-07-24T03:26:02Z",
      },
    ],
  },
  watchlist_screening_id: "scr_52xR9LKo77r1Np",
  beacon_user_id: "becusr_42cF1MNo42r9Xj",
  user_id: "usr_dddAs9ewdcDQQQ",
  redacted_at: "2020-07-24T03:26:02Z",
  latest_scored_protect_event: {
    event_id: "ptevt_7AJYTMFxRUgJ",
    timestamp: "2020-07-24T03:26:02Z",
    trust_index: {
      score: 86,
      model: "trust_index.2.0.0",
      subscores: {
        device_and_connection: {
          score: 87,
        },
        bank_account_insights: {
          score: 85,
        },
      },
    },
    fraud_attributes: {
      fraud_attributes: {
        "link_session.linked_bank_accounts.user_pi_matches_owners": true,
        "link_session.linked_bank_accounts.connected_apps.days_since_first_connection": 582,
        "session.challenged_with_mfa": false,
        "user.bank_accounts.num_of_frozen_or_restricted_accounts": 0,
        "user.linked_bank_accounts.num_family_names": 1,
        "user.linked_bank_accounts.num_of_connected_banks": 1,
        "user.link_sessions.days_since_first_link_session": 150,
        "user.pi.email.history_yrs": 7.03,
        "user.pi.email.num_social_networks_linked": 12,
        "user.pi.ssn.user_likely_has_better_ssn": false,
      },
    },
  },
  request_id: "saKrIBuEB9qJZng",
});

// POST /identity_verification/get: 200 example example-1
example<paths["/identity_verification/get"]["post"]["responses"][200]["content"]["application/json"]>()({
  id: "idv_52xR9LKo77r1Np",
  client_user_id: "your-db-id-3b24110",
  created_at: "2020-07-24T03:26:02Z",
  completed_at: "2020-07-24T03:26:02Z",
  previous_attempt_id: "idv_42cF1MNo42r9Xj",
  shareable_url: "https://flow.plaid.com/verify/idv_4FrXJvfQU3zGUR?key=e004115db797f7cc3083bff3167cba30644ef630fb46f5b086cde6cc3b86a36f",
  template: {
    id: "idvtmp_4FrXJvfQU3zGUR",
    version: 2,
  },
  user: {
    phone_number: "+12345678909",
    date_of_birth: "1990-05-29",
    ip_address: "192.0.2.42",
    email_address: "user@example.com",
    name: {
      given_name: "Leslie",
      family_name: "Knope",
    },
    address: {
      street: "123 Main St.",
      street2: "Unit 42",
      city: "Pawnee",
      region: "IN",
      postal_code: "46001",
      country: "US",
    },
    id_number: {
      value: "123456789",
      type: "us_ssn",
    },
  },
  status: "success",
  steps: {
    accept_tos: "success",
    verify_sms: "success",
    kyc_check: "success",
    documentary_verification: "success",
    selfie_check: "success",
    watchlist_screening: "success",
    risk_check: "success",
  },
  documentary_verification: {
    status: "success",
    documents: [
      {
        status: "success",
        attempt: 1,
        images: {
          original_front: "https://example.plaid.com/verifications/idv_52xR9LKo77r1Np/documents/1/original_front.jpeg",
          original_back: "https://example.plaid.com/verifications/idv_52xR9LKo77r1Np/documents/1/original_back.jpeg",
          cropped_front: "https://example.plaid.com/verifications/idv_52xR9LKo77r1Np/documents/1/cropped_front.jpeg",
          cropped_back: "https://example.plaid.com/verifications/idv_52xR9LKo77r1Np/documents/1/cropped_back.jpeg",
          face: "https://example.plaid.com/verifications/idv_52xR9LKo77r1Np/documents/1/face.jpeg",
        },
        extracted_data: {
          id_number: "AB123456",
          category: "drivers_license",
          expiration_date: "2030-05-29",
          issue_date: "2020-05-29",
          issuing_country: "US",
          issuing_region: "IN",
          date_of_birth: "1990-05-29",
          address: {
            street: "123 Main St. Unit 42",
            city: "Pawnee",
            region: "IN",
            postal_code: "46001",
            country: "US",
          },
          name: {
            given_name: "Leslie",
            family_name: "Knope",
          },
        },
        analysis: {
          authenticity: "match",
          image_quality: "high",
          extracted_data: {
            name: "match",
            date_of_birth: "match",
            expiration_date: "not_expired",
            issuing_country: "match",
          },
          aamva_verification: {
            is_verified: true,
            id_number: "match",
            id_issue_date: "match",
            id_expiration_date: "match",
            street: "match",
            city: "match",
            postal_code: "match",
            date_of_birth: "match",
            gender: "match",
            height: "match",
            eye_color: "match",
            first_name: "match",
            middle_name: "match",
            last_name: "match",
          },
          fraud_analysis_details: {
            type_supported: "success",
            portrait_presence_check: "success",
            portrait_details_check: "success",
            image_composition_check: "success",
            integrity_check: "success",
            detail_check: "success",
            issue_date_check: "success",
          },
          image_quality_details: {
            glare_check: "success",
            blur_check: "success",
            dimensions_check: "success",
          },
        },
        redacted_at: "2020-07-24T03:26:02Z",
      },
    ],
  },
  selfie_check: {
    status: "success",
    selfies: [
      {
        status: "success",
        attempt: 1,
        capture: {
          image_url: "https://example.plaid.com/verifications/idv_52xR9LKo77r1Np/selfie/liveness.jpeg",
          video_url: "https://example.plaid.com/verifications/idv_52xR9LKo77r1Np/selfie/liveness.webm",
        },
        analysis: {
          document_comparison: "match",
          liveness_check: "success",
        },
      },
    ],
  },
  kyc_check: {
    status: "success",
    address: {
      summary: "match",
      po_box: "yes",
      type: "residential",
    },
    name: {
      summary: "match",
    },
    date_of_birth: {
      summary: "match",
    },
    id_number: {
      summary: "match",
    },
    phone_number: {
      summary: "match",
      area_code: "match",
    },
  },
  risk_check: {
    status: "success",
    behavior: {
      user_interactions: "risky",
      fraud_ring_detected: "yes",
      bot_detected: "yes",
    },
    email: {
      is_deliverable: "yes",
      breach_count: 1,
      first_breached_at: "1990-05-29",
      last_breached_at: "1990-05-29",
      domain_registered_at: "1990-05-29",
      domain_is_free_provider: "yes",
      domain_is_custom: "yes",
      domain_is_disposable: "yes",
      top_level_domain_is_suspicious: "yes",
      is_edu: "no_data",
      includes_date_of_birth: "no_data",
      linked_services: [
        "apple",
      ],
    },
    phone: {
      linked_services: [
        "apple",
      ],
    },
    devices: [
      {
        ip_proxy_type: "none_detected",
        ip_spam_list_count: 1,
        ip_timezone_offset: "+06:00:00",
      },
    ],
    identity_abuse_signals: {
      synthetic_identity: {
        score: 0,
      },
      stolen_identity: {
        score: 0,
      },
    },
    facial_duplicates: [
      {
        id: "idv_52xR9LKo77r1Np",
        similarity: 95,
        matched_after_completed: true,
      },
    ],
    trust_index_score: 86,
  },
  verify_sms: {
    status: "success",
    verifications: [
      {
        status: "success",
        attempt: 1,
        phone_number: "+12345678909",
        delivery_attempt_count: 1,
        solve_attempt_count: 1,
        initially_sent_at: "2020-07-24T03:26:02Z",
        last_sent_at: "2020-07-24T03:26:02Z",
        redacted_at: "2020-07-24T03:26:02Z",
      },
    ],
  },
  watchlist_screening_id: "scr_52xR9LKo77r1Np",
  beacon_user_id: "becusr_42cF1MNo42r9Xj",
  user_id: "usr_dddAs9ewdcDQQQ",
  redacted_at: "2020-07-24T03:26:02Z",
  latest_scored_protect_event: {
    event_id: "ptevt_7AJYTMFxRUgJ",
    timestamp: "2020-07-24T03:26:02Z",
    trust_index: {
      score: 86,
      model: "trust_index.2.0.0",
      subscores: {
        device_and_connection: {
          score: 87,
        },
        bank_account_insights: {
          score: 85,
        },
      },
    },
    fraud_attributes: {
      fraud_attributes: {
        "link_session.linked_bank_accounts.user_pi_matches_owners": true,
        "link_session.linked_bank_accounts.connected_apps.days_since_first_connection": 582,
        "session.challenged_with_mfa": false,
        "user.bank_accounts.num_of_frozen_or_restricted_accounts": 0,
        "user.linked_bank_accounts.num_family_names": 1,
        "user.linked_bank_accounts.num_of_connected_banks": 1,
        "user.link_sessions.days_since_first_link_session": 150,
        "user.pi.email.history_yrs": 7.03,
        "user.pi.email.num_social_networks_linked": 12,
        "user.pi.ssn.user_likely_has_better_ssn": false,
      },
    },
  },
  request_id: "saKrIBuEB9qJZng",
});

// POST /identity_verification/list: 200 example example-1
example<paths["/identity_verification/list"]["post"]["responses"][200]["content"]["application/json"]>()({
  identity_verifications: [
    {
      id: "idv_52xR9LKo77r1Np",
      client_user_id: "your-db-id-3b24110",
      created_at: "2020-07-24T03:26:02Z",
      completed_at: "2020-07-24T03:26:02Z",
      previous_attempt_id: "idv_42cF1MNo42r9Xj",
      shareable_url: "https://flow.plaid.com/verify/idv_4FrXJvfQU3zGUR?key=e004115db797f7cc3083bff3167cba30644ef630fb46f5b086cde6cc3b86a36f",
      template: {
        id: "idvtmp_4FrXJvfQU3zGUR",
        version: 2,
      },
      user: {
        phone_number: "+12345678909",
        date_of_birth: "1990-05-29",
        ip_address: "192.0.2.42",
        email_address: "user@example.com",
        name: {
          given_name: "Leslie",
          family_name: "Knope",
        },
        address: {
          street: "123 Main St.",
          street2: "Unit 42",
          city: "Pawnee",
          region: "IN",
          postal_code: "46001",
          country: "US",
        },
        id_number: {
          value: "123456789",
          type: "us_ssn",
        },
      },
      status: "success",
      steps: {
        accept_tos: "success",
        verify_sms: "success",
        kyc_check: "success",
        documentary_verification: "success",
        selfie_check: "success",
        watchlist_screening: "success",
        risk_check: "success",
      },
      documentary_verification: {
        status: "success",
        documents: [
          {
            status: "success",
            attempt: 1,
            images: {
              original_front: "https://example.plaid.com/verifications/idv_52xR9LKo77r1Np/documents/1/original_front.jpeg",
              original_back: "https://example.plaid.com/verifications/idv_52xR9LKo77r1Np/documents/1/original_back.jpeg",
              cropped_front: "https://example.plaid.com/verifications/idv_52xR9LKo77r1Np/documents/1/cropped_front.jpeg",
              cropped_back: "https://example.plaid.com/verifications/idv_52xR9LKo77r1Np/documents/1/cropped_back.jpeg",
              face: "https://example.plaid.com/verifications/idv_52xR9LKo77r1Np/documents/1/face.jpeg",
            },
            extracted_data: {
              id_number: "AB123456",
              category: "drivers_license",
              expiration_date: "2030-05-29",
              issue_date: "2020-05-29",
              issuing_country: "US",
              issuing_region: "IN",
              date_of_birth: "1990-05-29",
              address: {
                street: "123 Main St. Unit 42",
                city: "Pawnee",
                region: "IN",
                postal_code: "46001",
                country: "US",
              },
              name: {
                given_name: "Leslie",
                family_name: "Knope",
              },
            },
            analysis: {
              authenticity: "match",
              image_quality: "high",
              extracted_data: {
                name: "match",
                date_of_birth: "match",
                expiration_date: "not_expired",
                issuing_country: "match",
              },
              aamva_verification: {
                is_verified: true,
                id_number: "match",
                id_issue_date: "match",
                id_expiration_date: "match",
                street: "match",
                city: "match",
                postal_code: "match",
                date_of_birth: "match",
                gender: "match",
                height: "match",
                eye_color: "match",
                first_name: "match",
                middle_name: "match",
                last_name: "match",
              },
              fraud_analysis_details: {
                type_supported: "success",
                portrait_presence_check: "success",
                portrait_details_check: "success",
                image_composition_check: "success",
                integrity_check: "success",
                detail_check: "success",
                issue_date_check: "success",
              },
              image_quality_details: {
                glare_check: "success",
                blur_check: "success",
                dimensions_check: "success",
              },
            },
            redacted_at: "2020-07-24T03:26:02Z",
          },
        ],
      },
      selfie_check: {
        status: "success",
        selfies: [
          {
            status: "success",
            attempt: 1,
            capture: {
              image_url: "https://example.plaid.com/verifications/idv_52xR9LKo77r1Np/selfie/liveness.jpeg",
              video_url: "https://example.plaid.com/verifications/idv_52xR9LKo77r1Np/selfie/liveness.webm",
            },
            analysis: {
              document_comparison: "match",
              liveness_check: "success",
            },
          },
        ],
      },
      kyc_check: {
        status: "success",
        address: {
          summary: "match",
          po_box: "yes",
          type: "residential",
        },
        name: {
          summary: "match",
        },
        date_of_birth: {
          summary: "match",
        },
        id_number: {
          summary: "match",
        },
        phone_number: {
          summary: "match",
          area_code: "match",
        },
      },
      risk_check: {
        status: "success",
        behavior: {
          user_interactions: "risky",
          fraud_ring_detected: "yes",
          bot_detected: "yes",
        },
        email: {
          is_deliverable: "yes",
          breach_count: 1,
          first_breached_at: "1990-05-29",
          last_breached_at: "1990-05-29",
          domain_registered_at: "1990-05-29",
          domain_is_free_provider: "yes",
          domain_is_custom: "yes",
          domain_is_disposable: "yes",
          top_level_domain_is_suspicious: "yes",
          is_edu: "no_data",
          includes_date_of_birth: "no_data",
          linked_services: [
            "apple",
          ],
        },
        phone: {
          linked_services: [
            "apple",
          ],
        },
        devices: [
          {
            ip_proxy_type: "none_detected",
            ip_spam_list_count: 1,
            ip_timezone_offset: "+06:00:00",
          },
        ],
        identity_abuse_signals: {
          synthetic_identity: {
            score: 0,
          },
          stolen_identity: {
            score: 0,
          },
        },
        facial_duplicates: [
          {
            id: "idv_52xR9LKo77r1Np",
            similarity: 95,
            matched_after_completed: true,
          },
        ],
        trust_index_score: 86,
      },
      verify_sms: {
        status: "success",
        verifications: [
          {
            status: "success",
            attempt: 1,
            phone_number: "+12345678909",
            delivery_attempt_count: 1,
            solve_attempt_count: 1,
            initially_sent_at: "2020-07-24T03:26:02Z",
            last_sent_at: "2020-07-24T03:26:02Z",
            redacted_at: "2020-07-24T03:26:02Z",
          },
        ],
      },
      watchlist_screening_id: "scr_52xR9LKo77r1Np",
      beacon_user_id: "becusr_42cF1MNo42r9Xj",
      user_id: "usr_dddAs9ewdcDQQQ",
      redacted_at: "2020-07-24T03:26:02Z",
      latest_scored_protect_event: {
        event_id: "ptevt_7AJYTMFxRUgJ",
        timestamp: "2020-07-24T03:26:02Z",
        trust_index: {
          score: 86,
          model: "trust_index.2.0.0",
          subscores: {
            device_and_connection: {
              score: 87,
            },
            bank_account_insights: {
              score: 85,
            },
          },
        },
        fraud_attributes: {
          fraud_attributes: {
            "link_session.linked_bank_accounts.user_pi_matches_owners": true,
            "link_session.linked_bank_accounts.connected_apps.days_since_first_connection": 582,
            "session.challenged_with_mfa": false,
            "user.bank_accounts.num_of_frozen_or_restricted_accounts": 0,
            "user.linked_bank_accounts.num_family_names": 1,
            "user.linked_bank_accounts.num_of_connected_banks": 1,
            "user.link_sessions.days_since_first_link_session": 150,
            "user.pi.email.history_yrs": 7.03,
            "user.pi.email.num_social_networks_linked": 12,
            "user.pi.ssn.user_likely_has_better_ssn": false,
          },
        },
      },
    },
  ],
  next_cursor: "eyJkaXJlY3Rpb24iOiJuZXh0Iiwib2Zmc2V0IjoiMTU5NDM",
  request_id: "saKrIBuEB9qJZng",
});

// POST /identity_verification/retry: 200 example example-1
example<paths["/identity_verification/retry"]["post"]["responses"][200]["content"]["application/json"]>()({
  id: "idv_52xR9LKo77r1Np",
  client_user_id: "your-db-id-3b24110",
  created_at: "2020-07-24T03:26:02Z",
  completed_at: "2020-07-24T03:26:02Z",
  previous_attempt_id: "idv_42cF1MNo42r9Xj",
  shareable_url: "https://flow.plaid.com/verify/idv_4FrXJvfQU3zGUR?key=e004115db797f7cc3083bff3167cba30644ef630fb46f5b086cde6cc3b86a36f",
  template: {
    id: "idvtmp_4FrXJvfQU3zGUR",
    version: 2,
  },
  user: {
    phone_number: "+12345678909",
    date_of_birth: "1990-05-29",
    ip_address: "192.0.2.42",
    email_address: "user@example.com",
    name: {
      given_name: "Leslie",
      family_name: "Knope",
    },
    address: {
      street: "123 Main St.",
      street2: "Unit 42",
      city: "Pawnee",
      region: "IN",
      postal_code: "46001",
      country: "US",
    },
    id_number: {
      value: "123456789",
      type: "us_ssn",
    },
  },
  status: "success",
  steps: {
    accept_tos: "success",
    verify_sms: "success",
    kyc_check: "success",
    documentary_verification: "success",
    selfie_check: "success",
    watchlist_screening: "success",
    risk_check: "success",
  },
  documentary_verification: {
    status: "success",
    documents: [
      {
        status: "success",
        attempt: 1,
        images: {
          original_front: "https://example.plaid.com/verifications/idv_52xR9LKo77r1Np/documents/1/original_front.jpeg",
          original_back: "https://example.plaid.com/verifications/idv_52xR9LKo77r1Np/documents/1/original_back.jpeg",
          cropped_front: "https://example.plaid.com/verifications/idv_52xR9LKo77r1Np/documents/1/cropped_front.jpeg",
          cropped_back: "https://example.plaid.com/verifications/idv_52xR9LKo77r1Np/documents/1/cropped_back.jpeg",
          face: "https://example.plaid.com/verifications/idv_52xR9LKo77r1Np/documents/1/face.jpeg",
        },
        extracted_data: {
          id_number: "AB123456",
          category: "drivers_license",
          expiration_date: "2030-05-29",
          issue_date: "2020-05-29",
          issuing_country: "US",
          issuing_region: "IN",
          date_of_birth: "1990-05-29",
          address: {
            street: "123 Main St. Unit 42",
            city: "Pawnee",
            region: "IN",
            postal_code: "46001",
            country: "US",
          },
          name: {
            given_name: "Leslie",
            family_name: "Knope",
          },
        },
        analysis: {
          authenticity: "match",
          image_quality: "high",
          extracted_data: {
            name: "match",
            date_of_birth: "match",
            expiration_date: "not_expired",
            issuing_country: "match",
          },
          aamva_verification: {
            is_verified: true,
            id_number: "match",
            id_issue_date: "match",
            id_expiration_date: "match",
            street: "match",
            city: "match",
            postal_code: "match",
            date_of_birth: "match",
            gender: "match",
            height: "match",
            eye_color: "match",
            first_name: "match",
            middle_name: "match",
            last_name: "match",
          },
          fraud_analysis_details: {
            type_supported: "success",
            portrait_presence_check: "success",
            portrait_details_check: "success",
            image_composition_check: "success",
            integrity_check: "success",
            detail_check: "success",
            issue_date_check: "success",
          },
          image_quality_details: {
            glare_check: "success",
            blur_check: "success",
            dimensions_check: "success",
          },
        },
        redacted_at: "2020-07-24T03:26:02Z",
      },
    ],
  },
  selfie_check: {
    status: "success",
    selfies: [
      {
        status: "success",
        attempt: 1,
        capture: {
          image_url: "https://example.plaid.com/verifications/idv_52xR9LKo77r1Np/selfie/liveness.jpeg",
          video_url: "https://example.plaid.com/verifications/idv_52xR9LKo77r1Np/selfie/liveness.webm",
        },
        analysis: {
          document_comparison: "match",
          liveness_check: "success",
        },
      },
    ],
  },
  kyc_check: {
    status: "success",
    address: {
      summary: "match",
      po_box: "yes",
      type: "residential",
    },
    name: {
      summary: "match",
    },
    date_of_birth: {
      summary: "match",
    },
    id_number: {
      summary: "match",
    },
    phone_number: {
      summary: "match",
      area_code: "match",
    },
  },
  risk_check: {
    status: "success",
    behavior: {
      user_interactions: "risky",
      fraud_ring_detected: "yes",
      bot_detected: "yes",
    },
    email: {
      is_deliverable: "yes",
      breach_count: 1,
      first_breached_at: "1990-05-29",
      last_breached_at: "1990-05-29",
      domain_registered_at: "1990-05-29",
      domain_is_free_provider: "yes",
      domain_is_custom: "yes",
      domain_is_disposable: "yes",
      top_level_domain_is_suspicious: "yes",
      is_edu: "no_data",
      includes_date_of_birth: "no_data",
      linked_services: [
        "apple",
      ],
    },
    phone: {
      linked_services: [
        "apple",
      ],
    },
    devices: [
      {
        ip_proxy_type: "none_detected",
        ip_spam_list_count: 1,
        ip_timezone_offset: "+06:00:00",
      },
    ],
    identity_abuse_signals: {
      synthetic_identity: {
        score: 0,
      },
      stolen_identity: {
        score: 0,
      },
    },
    facial_duplicates: [
      {
        id: "idv_52xR9LKo77r1Np",
        similarity: 95,
        matched_after_completed: true,
      },
    ],
    trust_index_score: 86,
  },
  verify_sms: {
    status: "success",
    verifications: [
      {
        status: "success",
        attempt: 1,
        phone_number: "+12345678909",
        delivery_attempt_count: 1,
        solve_attempt_count: 1,
        initially_sent_at: "2020-07-24T03:26:02Z",
        last_sent_at: "2020-07-24T03:26:02Z",
        redacted_at: "2020-07-24T03:26:02Z",
      },
    ],
  },
  watchlist_screening_id: "scr_52xR9LKo77r1Np",
  beacon_user_id: "becusr_42cF1MNo42r9Xj",
  user_id: "usr_dddAs9ewdcDQQQ",
  redacted_at: "2020-07-24T03:26:02Z",
  latest_scored_protect_event: {
    event_id: "ptevt_7AJYTMFxRUgJ",
    timestamp: "2020-07-24T03:26:02Z",
    trust_index: {
      score: 86,
      model: "trust_index.2.0.0",
      subscores: {
        device_and_connection: {
          score: 87,
        },
        bank_account_insights: {
          score: 85,
        },
      },
    },
    fraud_attributes: {
      fraud_attributes: {
        "link_session.linked_bank_accounts.user_pi_matches_owners": true,
        "link_session.linked_bank_accounts.connected_apps.days_since_first_connection": 582,
        "session.challenged_with_mfa": false,
        "user.bank_accounts.num_of_frozen_or_restricted_accounts": 0,
        "user.linked_bank_accounts.num_family_names": 1,
        "user.linked_bank_accounts.num_of_connected_banks": 1,
        "user.link_sessions.days_since_first_link_session": 150,
        "user.pi.email.history_yrs": 7.03,
        "user.pi.email.num_social_networks_linked": 12,
        "user.pi.ssn.user_likely_has_better_ssn": false,
      },
    },
  },
  request_id: "saKrIBuEB9qJZng",
});

// POST /watchlist_screening/entity/create: 200 example example-1
example<paths["/watchlist_screening/entity/create"]["post"]["responses"][200]["content"]["application/json"]>()({
  id: "entscr_52xR9LKo77r1Np",
  search_terms: {
    entity_watchlist_program_id: "entprg_2eRPsDnL66rZ7H",
    legal_name: "Al-Qaida",
    document_number: "C31195855",
    email_address: "user@example.com",
    country: "US",
    phone_number: "+14025671234",
    url: "https://example.com",
    version: 1,
  },
  assignee: "54350110fedcbaf01234ffee",
  status: "cleared",
  client_user_id: "your-db-id-3b24110",
  audit_trail: {
    source: "dashboard",
    dashboard_user_id: "54350110fedcbaf01234ffee",
    timestamp: "2020-07-24T03:26:02Z",
  },
  request_id: "saKrIBuEB9qJZng",
});

// POST /watchlist_screening/entity/get: 200 example example-1
example<paths["/watchlist_screening/entity/get"]["post"]["responses"][200]["content"]["application/json"]>()({
  id: "entscr_52xR9LKo77r1Np",
  search_terms: {
    entity_watchlist_program_id: "entprg_2eRPsDnL66rZ7H",
    legal_name: "Al-Qaida",
    document_number: "C31195855",
    email_address: "user@example.com",
    country: "US",
    phone_number: "+14025671234",
    url: "https://example.com",
    version: 1,
  },
  assignee: "54350110fedcbaf01234ffee",
  status: "cleared",
  client_user_id: "your-db-id-3b24110",
  audit_trail: {
    source: "dashboard",
    dashboard_user_id: "54350110fedcbaf01234ffee",
    timestamp: "2020-07-24T03:26:02Z",
  },
  request_id: "saKrIBuEB9qJZng",
});

// POST /watchlist_screening/entity/history/list: 200 example example-1
example<paths["/watchlist_screening/entity/history/list"]["post"]["responses"][200]["content"]["application/json"]>()({
  entity_watchlist_screenings: [
    {
      id: "entscr_52xR9LKo77r1Np",
      search_terms: {
        entity_watchlist_program_id: "entprg_2eRPsDnL66rZ7H",
        legal_name: "Al-Qaida",
        document_number: "C31195855",
        email_address: "user@example.com",
        country: "US",
        phone_number: "+14025671234",
        url: "https://example.com",
        version: 1,
      },
      assignee: "54350110fedcbaf01234ffee",
      status: "cleared",
      client_user_id: "your-db-id-3b24110",
      audit_trail: {
        source: "dashboard",
        dashboard_user_id: "54350110fedcbaf01234ffee",
        timestamp: "2020-07-24T03:26:02Z",
      },
    },
  ],
  next_cursor: "eyJkaXJlY3Rpb24iOiJuZXh0Iiwib2Zmc2V0IjoiMTU5NDM",
  request_id: "saKrIBuEB9qJZng",
});

// POST /watchlist_screening/entity/hit/list: 200 example example-1
example<paths["/watchlist_screening/entity/hit/list"]["post"]["responses"][200]["content"]["application/json"]>()({
  entity_watchlist_screening_hits: [
    {
      id: "enthit_52xR9LKo77r1Np",
      review_status: "pending_review",
      first_active: "2020-07-24T03:26:02Z",
      inactive_since: "2020-07-24T03:26:02Z",
      historical_since: "2020-07-24T03:26:02Z",
      list_code: "EU_CON",
      plaid_uid: "uid_3NggckTimGSJHS",
      source_uid: "26192ABC",
      sub_programs: [],
      analysis: {
        documents: "match",
        email_addresses: "match",
        locations: "match",
        names: "match",
        phone_numbers: "match",
        urls: "match",
        search_terms_version: 1,
      },
      data: {
        documents: [
          {
            analysis: {
              summary: "match",
            },
            data: {
              type: "swift",
              number: "C31195855",
            },
          },
        ],
        email_addresses: [
          {
            analysis: {
              summary: "match",
            },
            data: {
              email_address: "user@example.com",
            },
          },
        ],
        locations: [
          {
            analysis: {
              summary: "match",
            },
            data: {
              full: "Florida, US",
              country: "US",
            },
          },
        ],
        names: [
          {
            analysis: {
              summary: "match",
            },
            data: {
              full: "Al Qaida",
              is_primary: false,
              weak_alias_determination: "none",
            },
          },
        ],
        phone_numbers: [
          {
            analysis: {
              summary: "match",
            },
            data: {
              type: "phone",
              phone_number: "+14025671234",
            },
          },
        ],
        urls: [
          {
            analysis: {
              summary: "match",
            },
            data: {
              url: "https://example.com",
            },
          },
        ],
      },
    },
  ],
  next_cursor: "eyJkaXJlY3Rpb24iOiJuZXh0Iiwib2Zmc2V0IjoiMTU5NDM",
  request_id: "saKrIBuEB9qJZng",
});

// POST /watchlist_screening/entity/list: 200 example example-1
example<paths["/watchlist_screening/entity/list"]["post"]["responses"][200]["content"]["application/json"]>()({
  entity_watchlist_screenings: [
    {
      id: "entscr_52xR9LKo77r1Np",
      search_terms: {
        entity_watchlist_program_id: "entprg_2eRPsDnL66rZ7H",
        legal_name: "Al-Qaida",
        document_number: "C31195855",
        email_address: "user@example.com",
        country: "US",
        phone_number: "+14025671234",
        url: "https://example.com",
        version: 1,
      },
      assignee: "54350110fedcbaf01234ffee",
      status: "cleared",
      client_user_id: "your-db-id-3b24110",
      audit_trail: {
        source: "dashboard",
        dashboard_user_id: "54350110fedcbaf01234ffee",
        timestamp: "2020-07-24T03:26:02Z",
      },
    },
  ],
  next_cursor: "eyJkaXJlY3Rpb24iOiJuZXh0Iiwib2Zmc2V0IjoiMTU5NDM",
  request_id: "saKrIBuEB9qJZng",
});

// POST /watchlist_screening/entity/program/get: 200 example example-1
example<paths["/watchlist_screening/entity/program/get"]["post"]["responses"][200]["content"]["application/json"]>()({
  id: "entprg_2eRPsDnL66rZ7H",
  created_at: "2020-07-24T03:26:02Z",
  is_rescanning_enabled: true,
  lists_enabled: [
    "EU_CON",
  ],
  name: "Sample Program",
  name_sensitivity: "balanced",
  audit_trail: {
    source: "dashboard",
    dashboard_user_id: "54350110fedcbaf01234ffee",
    timestamp: "2020-07-24T03:26:02Z",
  },
  is_archived: false,
  request_id: "saKrIBuEB9qJZng",
});

// POST /watchlist_screening/entity/program/list: 200 example example-1
example<paths["/watchlist_screening/entity/program/list"]["post"]["responses"][200]["content"]["application/json"]>()({
  entity_watchlist_programs: [
    {
      id: "entprg_2eRPsDnL66rZ7H",
      created_at: "2020-07-24T03:26:02Z",
      is_rescanning_enabled: true,
      lists_enabled: [
        "EU_CON",
      ],
      name: "Sample Program",
      name_sensitivity: "balanced",
      audit_trail: {
        source: "dashboard",
        dashboard_user_id: "54350110fedcbaf01234ffee",
        timestamp: "2020-07-24T03:26:02Z",
      },
      is_archived: false,
    },
  ],
  next_cursor: "eyJkaXJlY3Rpb24iOiJuZXh0Iiwib2Zmc2V0IjoiMTU5NDM",
  request_id: "saKrIBuEB9qJZng",
});

// POST /watchlist_screening/entity/review/create: 200 example example-1
example<paths["/watchlist_screening/entity/review/create"]["post"]["responses"][200]["content"]["application/json"]>()({
  id: "entrev_aCLNRxK3UVzn2r",
  confirmed_hits: [
    "enthit_52xR9LKo77r1Np",
  ],
  dismissed_hits: [
    "enthit_52xR9LKo77r1Np",
  ],
  comment: "These look like legitimate matches, rejecting the customer.",
  audit_trail: {
    source: "dashboard",
    dashboard_user_id: "54350110fedcbaf01234ffee",
    timestamp: "2020-07-24T03:26:02Z",
  },
  request_id: "saKrIBuEB9qJZng",
});

// POST /watchlist_screening/entity/review/list: 200 example example-1
example<paths["/watchlist_screening/entity/review/list"]["post"]["responses"][200]["content"]["application/json"]>()({
  entity_watchlist_screening_reviews: [
    {
      id: "entrev_aCLNRxK3UVzn2r",
      confirmed_hits: [
        "enthit_52xR9LKo77r1Np",
      ],
      dismissed_hits: [
        "enthit_52xR9LKo77r1Np",
      ],
      comment: "These look like legitimate matches, rejecting the customer.",
      audit_trail: {
        source: "dashboard",
        dashboard_user_id: "54350110fedcbaf01234ffee",
        timestamp: "2020-07-24T03:26:02Z",
      },
    },
  ],
  next_cursor: "eyJkaXJlY3Rpb24iOiJuZXh0Iiwib2Zmc2V0IjoiMTU5NDM",
  request_id: "saKrIBuEB9qJZng",
});

// POST /watchlist_screening/entity/update: 200 example example-1
example<paths["/watchlist_screening/entity/update"]["post"]["responses"][200]["content"]["application/json"]>()({
  id: "entscr_52xR9LKo77r1Np",
  search_terms: {
    entity_watchlist_program_id: "entprg_2eRPsDnL66rZ7H",
    legal_name: "Al-Qaida",
    document_number: "C31195855",
    email_address: "user@example.com",
    country: "US",
    phone_number: "+14025671234",
    url: "https://example.com",
    version: 1,
  },
  assignee: "54350110fedcbaf01234ffee",
  status: "cleared",
  client_user_id: "your-db-id-3b24110",
  audit_trail: {
    source: "dashboard",
    dashboard_user_id: "54350110fedcbaf01234ffee",
    timestamp: "2020-07-24T03:26:02Z",
  },
  request_id: "saKrIBuEB9qJZng",
});

// POST /watchlist_screening/individual/create: 200 example example-1
example<paths["/watchlist_screening/individual/create"]["post"]["responses"][200]["content"]["application/json"]>()({
  id: "scr_52xR9LKo77r1Np",
  search_terms: {
    watchlist_program_id: "prg_2eRPsDnL66rZ7H",
    legal_name: "Aleksey Potemkin",
    date_of_birth: "1990-05-29",
    document_number: "C31195855",
    country: "US",
    version: 1,
  },
  assignee: "54350110fedcbaf01234ffee",
  status: "cleared",
  client_user_id: "your-db-id-3b24110",
  audit_trail: {
    source: "dashboard",
    dashboard_user_id: "54350110fedcbaf01234ffee",
    timestamp: "2020-07-24T03:26:02Z",
  },
  request_id: "saKrIBuEB9qJZng",
});

// POST /watchlist_screening/individual/get: 200 example example-1
example<paths["/watchlist_screening/individual/get"]["post"]["responses"][200]["content"]["application/json"]>()({
  id: "scr_52xR9LKo77r1Np",
  search_terms: {
    watchlist_program_id: "prg_2eRPsDnL66rZ7H",
    legal_name: "Aleksey Potemkin",
    date_of_birth: "1990-05-29",
    document_number: "C31195855",
    country: "US",
    version: 1,
  },
  assignee: "54350110fedcbaf01234ffee",
  status: "cleared",
  client_user_id: "your-db-id-3b24110",
  audit_trail: {
    source: "dashboard",
    dashboard_user_id: "54350110fedcbaf01234ffee",
    timestamp: "2020-07-24T03:26:02Z",
  },
  request_id: "saKrIBuEB9qJZng",
});

// POST /watchlist_screening/individual/history/list: 200 example example-1
example<paths["/watchlist_screening/individual/history/list"]["post"]["responses"][200]["content"]["application/json"]>()({
  watchlist_screenings: [
    {
      id: "scr_52xR9LKo77r1Np",
      search_terms: {
        watchlist_program_id: "prg_2eRPsDnL66rZ7H",
        legal_name: "Aleksey Potemkin",
        date_of_birth: "1990-05-29",
        document_number: "C31195855",
        country: "US",
        version: 1,
      },
      assignee: "54350110fedcbaf01234ffee",
      status: "cleared",
      client_user_id: "your-db-id-3b24110",
      audit_trail: {
        source: "dashboard",
        dashboard_user_id: "54350110fedcbaf01234ffee",
        timestamp: "2020-07-24T03:26:02Z",
      },
    },
  ],
  next_cursor: "eyJkaXJlY3Rpb24iOiJuZXh0Iiwib2Zmc2V0IjoiMTU5NDM",
  request_id: "saKrIBuEB9qJZng",
});

// POST /watchlist_screening/individual/hit/list: 200 example example-1
example<paths["/watchlist_screening/individual/hit/list"]["post"]["responses"][200]["content"]["application/json"]>()({
  watchlist_screening_hits: [
    {
      id: "scrhit_52xR9LKo77r1Np",
      review_status: "pending_review",
      first_active: "2020-07-24T03:26:02Z",
      inactive_since: "2020-07-24T03:26:02Z",
      historical_since: "2020-07-24T03:26:02Z",
      list_code: "US_SDN",
      plaid_uid: "uid_3NggckTimGSJHS",
      source_uid: "26192ABC",
      sub_programs: [
        "SDGT",
      ],
      analysis: {
        dates_of_birth: "match",
        documents: "match",
        locations: "match",
        names: "match",
        search_terms_version: 1,
      },
      data: {
        dates_of_birth: [
          {
            analysis: {
              summary: "match",
            },
            data: {
              beginning: "1990-05-29",
              ending: "1990-05-29",
            },
          },
        ],
        documents: [
          {
            analysis: {
              summary: "match",
            },
            data: {
              type: "passport",
              number: "C31195855",
            },
          },
        ],
        locations: [
          {
            analysis: {
              summary: "match",
            },
            data: {
              full: "Florida, US",
              country: "US",
            },
          },
        ],
        names: [
          {
            analysis: {
              summary: "match",
            },
            data: {
              full: "Aleksey Potemkin",
              is_primary: false,
              weak_alias_determination: "none",
            },
          },
        ],
      },
    },
  ],
  next_cursor: "eyJkaXJlY3Rpb24iOiJuZXh0Iiwib2Zmc2V0IjoiMTU5NDM",
  request_id: "saKrIBuEB9qJZng",
});

// POST /watchlist_screening/individual/list: 200 example example-1
example<paths["/watchlist_screening/individual/list"]["post"]["responses"][200]["content"]["application/json"]>()({
  watchlist_screenings: [
    {
      id: "scr_52xR9LKo77r1Np",
      search_terms: {
        watchlist_program_id: "prg_2eRPsDnL66rZ7H",
        legal_name: "Aleksey Potemkin",
        date_of_birth: "1990-05-29",
        document_number: "C31195855",
        country: "US",
        version: 1,
      },
      assignee: "54350110fedcbaf01234ffee",
      status: "cleared",
      client_user_id: "your-db-id-3b24110",
      audit_trail: {
        source: "dashboard",
        dashboard_user_id: "54350110fedcbaf01234ffee",
        timestamp: "2020-07-24T03:26:02Z",
      },
    },
  ],
  next_cursor: "eyJkaXJlY3Rpb24iOiJuZXh0Iiwib2Zmc2V0IjoiMTU5NDM",
  request_id: "saKrIBuEB9qJZng",
});

// POST /watchlist_screening/individual/program/get: 200 example example-1
example<paths["/watchlist_screening/individual/program/get"]["post"]["responses"][200]["content"]["application/json"]>()({
  id: "prg_2eRPsDnL66rZ7H",
  created_at: "2020-07-24T03:26:02Z",
  is_rescanning_enabled: true,
  lists_enabled: [
    "US_SDN",
  ],
  name: "Sample Program",
  name_sensitivity: "balanced",
  audit_trail: {
    source: "dashboard",
    dashboard_user_id: "54350110fedcbaf01234ffee",
    timestamp: "2020-07-24T03:26:02Z",
  },
  is_archived: false,
  request_id: "saKrIBuEB9qJZng",
});

// POST /watchlist_screening/individual/program/list: 200 example example-1
example<paths["/watchlist_screening/individual/program/list"]["post"]["responses"][200]["content"]["application/json"]>()({
  watchlist_programs: [
    {
      id: "prg_2eRPsDnL66rZ7H",
      created_at: "2020-07-24T03:26:02Z",
      is_rescanning_enabled: true,
      lists_enabled: [
        "US_SDN",
      ],
      name: "Sample Program",
      name_sensitivity: "balanced",
      audit_trail: {
        source: "dashboard",
        dashboard_user_id: "54350110fedcbaf01234ffee",
        timestamp: "2020-07-24T03:26:02Z",
      },
      is_archived: false,
    },
  ],
  next_cursor: "eyJkaXJlY3Rpb24iOiJuZXh0Iiwib2Zmc2V0IjoiMTU5NDM",
  request_id: "saKrIBuEB9qJZng",
});

// POST /watchlist_screening/individual/review/create: 200 example example-1
example<paths["/watchlist_screening/individual/review/create"]["post"]["responses"][200]["content"]["application/json"]>()({
  id: "rev_aCLNRxK3UVzn2r",
  confirmed_hits: [
    "scrhit_52xR9LKo77r1Np",
  ],
  dismissed_hits: [
    "scrhit_52xR9LKo77r1Np",
  ],
  comment: "These look like legitimate matches, rejecting the customer.",
  audit_trail: {
    source: "dashboard",
    dashboard_user_id: "54350110fedcbaf01234ffee",
    timestamp: "2020-07-24T03:26:02Z",
  },
  request_id: "saKrIBuEB9qJZng",
});

// POST /watchlist_screening/individual/review/list: 200 example example-1
example<paths["/watchlist_screening/individual/review/list"]["post"]["responses"][200]["content"]["application/json"]>()({
  watchlist_screening_reviews: [
    {
      id: "rev_aCLNRxK3UVzn2r",
      confirmed_hits: [
        "scrhit_52xR9LKo77r1Np",
      ],
      dismissed_hits: [
        "scrhit_52xR9LKo77r1Np",
      ],
      comment: "These look like legitimate matches, rejecting the customer.",
      audit_trail: {
        source: "dashboard",
        dashboard_user_id: "54350110fedcbaf01234ffee",
        timestamp: "2020-07-24T03:26:02Z",
      },
    },
  ],
  next_cursor: "eyJkaXJlY3Rpb24iOiJuZXh0Iiwib2Zmc2V0IjoiMTU5NDM",
  request_id: "saKrIBuEB9qJZng",
});

// POST /watchlist_screening/individual/update: 200 example example-1
example<paths["/watchlist_screening/individual/update"]["post"]["responses"][200]["content"]["application/json"]>()({
  id: "scr_52xR9LKo77r1Np",
  search_terms: {
    watchlist_program_id: "prg_2eRPsDnL66rZ7H",
    legal_name: "Aleksey Potemkin",
    date_of_birth: "1990-05-29",
    document_number: "C31195855",
    country: "US",
    version: 1,
  },
  assignee: "54350110fedcbaf01234ffee",
  status: "cleared",
  client_user_id: "your-db-id-3b24110",
  audit_trail: {
    source: "dashboard",
    dashboard_user_id: "54350110fedcbaf01234ffee",
    timestamp: "2020-07-24T03:26:02Z",
  },
  request_id: "saKrIBuEB9qJZng",
});

// POST /beacon/account_risk/v1/evaluate: 200 example example-1
example<paths["/beacon/account_risk/v1/evaluate"]["post"]["responses"][200]["content"]["application/json"]>()({
  accounts: [
    {
      account_id: "mbVr0axYMECQ07NJ5gXnHRM9DeD2RJCxm9roR",
      attributes: {
        days_since_first_plaid_connection: 510,
        plaid_connections_count_7d: 6,
        plaid_connections_count_30d: 7,
        total_plaid_connections_count: 15,
      },
      subtype: "checking",
      type: "depository",
    },
  ],
  request_id: "mdqfuVxeoza6mhu",
});

// POST /beacon/user/create: 200 example example-1
example<paths["/beacon/user/create"]["post"]["responses"][200]["content"]["application/json"]>()({
  item_ids: [
    "515cd85321d3649aecddc015",
  ],
  id: "becusr_42cF1MNo42r9Xj",
  version: 1,
  created_at: "2020-07-24T03:26:02Z",
  updated_at: "2020-07-24T03:26:02Z",
  status: "cleared",
  program_id: "becprg_11111111111111",
  client_user_id: "your-db-id-3b24110",
  user: {
    date_of_birth: "1990-05-29",
    name: {
      given_name: "Leslie",
      family_name: "Knope",
    },
    address: {
      street: "123 Main St.",
      street2: "Unit 42",
      city: "Pawnee",
      region: "IN",
      postal_code: "46001",
      country: "US",
    },
    email_address: "user@example.com",
    phone_number: "+19876543212",
    id_number: {
      value: "123456789",
      type: "us_ssn",
    },
    ip_address: "192.0.2.42",
    depository_accounts: [
      {
        account_mask: "4000",
        routing_number: "021000021",
        added_at: "2020-07-24T03:26:02Z",
      },
    ],
  },
  audit_trail: {
    source: "dashboard",
    dashboard_user_id: "54350110fedcbaf01234ffee",
    timestamp: "2020-07-24T03:26:02Z",
  },
  request_id: "saKrIBuEB9qJZng",
});

// POST /beacon/user/get: 200 example example-1
example<paths["/beacon/user/get"]["post"]["responses"][200]["content"]["application/json"]>()({
  item_ids: [
    "515cd85321d3649aecddc015",
  ],
  id: "becusr_42cF1MNo42r9Xj",
  version: 1,
  created_at: "2020-07-24T03:26:02Z",
  updated_at: "2020-07-24T03:26:02Z",
  status: "cleared",
  program_id: "becprg_11111111111111",
  client_user_id: "your-db-id-3b24110",
  user: {
    date_of_birth: "1990-05-29",
    name: {
      given_name: "Leslie",
      family_name: "Knope",
    },
    address: {
      street: "123 Main St.",
      street2: "Unit 42",
      city: "Pawnee",
      region: "IN",
      postal_code: "46001",
      country: "US",
    },
    email_address: "user@example.com",
    phone_number: "+19876543212",
    id_number: {
      value: "123456789",
      type: "us_ssn",
    },
    ip_address: "192.0.2.42",
    depository_accounts: [
      {
        account_mask: "4000",
        routing_number: "021000021",
        added_at: "2020-07-24T03:26:02Z",
      },
    ],
  },
  audit_trail: {
    source: "dashboard",
    dashboard_user_id: "54350110fedcbaf01234ffee",
    timestamp: "2020-07-24T03:26:02Z",
  },
  request_id: "saKrIBuEB9qJZng",
});

// POST /beacon/user/review: 200 example example-1
example<paths["/beacon/user/review"]["post"]["responses"][200]["content"]["application/json"]>()({
  item_ids: [
    "515cd85321d3649aecddc015",
  ],
  id: "becusr_42cF1MNo42r9Xj",
  version: 1,
  created_at: "2020-07-24T03:26:02Z",
  updated_at: "2020-07-24T03:26:02Z",
  status: "cleared",
  program_id: "becprg_11111111111111",
  client_user_id: "your-db-id-3b24110",
  user: {
    date_of_birth: "1990-05-29",
    name: {
      given_name: "Leslie",
      family_name: "Knope",
    },
    address: {
      street: "123 Main St.",
      street2: "Unit 42",
      city: "Pawnee",
      region: "IN",
      postal_code: "46001",
      country: "US",
    },
    email_address: "user@example.com",
    phone_number: "+19876543212",
    id_number: {
      value: "123456789",
      type: "us_ssn",
    },
    ip_address: "192.0.2.42",
    depository_accounts: [
      {
        account_mask: "4000",
        routing_number: "021000021",
        added_at: "2020-07-24T03:26:02Z",
      },
    ],
  },
  audit_trail: {
    source: "dashboard",
    dashboard_user_id: "54350110fedcbaf01234ffee",
    timestamp: "2020-07-24T03:26:02Z",
  },
  request_id: "saKrIBuEB9qJZng",
});

// POST /beacon/report/create: 200 example example-1
example<paths["/beacon/report/create"]["post"]["responses"][200]["content"]["application/json"]>()({
  id: "becrpt_11111111111111",
  beacon_user_id: "becusr_42cF1MNo42r9Xj",
  created_at: "2020-07-24T03:26:02Z",
  type: "first_party",
  fraud_date: "1990-05-29",
  event_date: "1990-05-29",
  fraud_amount: {
    iso_currency_code: "USD",
    value: 100,
  },
  audit_trail: {
    source: "dashboard",
    dashboard_user_id: "54350110fedcbaf01234ffee",
    timestamp: "2020-07-24T03:26:02Z",
  },
  request_id: "saKrIBuEB9qJZng",
});

// POST /beacon/report/list: 200 example example-1
example<paths["/beacon/report/list"]["post"]["responses"][200]["content"]["application/json"]>()({
  beacon_reports: [
    {
      id: "becrpt_11111111111111",
      beacon_user_id: "becusr_42cF1MNo42r9Xj",
      created_at: "2020-07-24T03:26:02Z",
      type: "first_party",
      fraud_date: "1990-05-29",
      event_date: "1990-05-29",
      fraud_amount: {
        iso_currency_code: "USD",
        value: 100,
      },
      audit_trail: {
        source: "dashboard",
        dashboard_user_id: "54350110fedcbaf01234ffee",
        timestamp: "2020-07-24T03:26:02Z",
      },
    },
  ],
  next_cursor: "eyJkaXJlY3Rpb24iOiJuZXh0Iiwib2Zmc2V0IjoiMTU5NDM",
  request_id: "saKrIBuEB9qJZng",
});

// POST /beacon/report_syndication/list: 200 example example-1
example<paths["/beacon/report_syndication/list"]["post"]["responses"][200]["content"]["application/json"]>()({
  beacon_report_syndications: [
    {
      id: "becrsn_11111111111111",
      beacon_user_id: "becusr_42cF1MNo42r9Xj",
      report: {
        id: "becrpt_11111111111111",
        created_at: "2020-07-24T03:26:02Z",
        type: "first_party",
        fraud_date: "1990-05-29",
        event_date: "1990-05-29",
      },
      analysis: {
        address: "match",
        date_of_birth: "match",
        email_address: "match",
        name: "match",
        id_number: "match",
        ip_address: "match",
        phone_number: "match",
        depository_accounts: [
          {
            account_mask: "4000",
            routing_number: "021000021",
            match_status: "match",
          },
        ],
      },
    },
  ],
  next_cursor: "eyJkaXJlY3Rpb24iOiJuZXh0Iiwib2Zmc2V0IjoiMTU5NDM",
  request_id: "saKrIBuEB9qJZng",
});

// POST /beacon/report/get: 200 example example-1
example<paths["/beacon/report/get"]["post"]["responses"][200]["content"]["application/json"]>()({
  id: "becrpt_11111111111111",
  beacon_user_id: "becusr_42cF1MNo42r9Xj",
  created_at: "2020-07-24T03:26:02Z",
  type: "first_party",
  fraud_date: "1990-05-29",
  event_date: "1990-05-29",
  fraud_amount: {
    iso_currency_code: "USD",
    value: 100,
  },
  audit_trail: {
    source: "dashboard",
    dashboard_user_id: "54350110fedcbaf01234ffee",
    timestamp: "2020-07-24T03:26:02Z",
  },
  request_id: "saKrIBuEB9qJZng",
});

// POST /beacon/report_syndication/get: 200 example example-1
example<paths["/beacon/report_syndication/get"]["post"]["responses"][200]["content"]["application/json"]>()({
  id: "becrsn_11111111111111",
  beacon_user_id: "becusr_42cF1MNo42r9Xj",
  report: {
    id: "becrpt_11111111111111",
    created_at: "2020-07-24T03:26:02Z",
    type: "first_party",
    fraud_date: "1990-05-29",
    event_date: "1990-05-29",
  },
  analysis: {
    address: "match",
    date_of_birth: "match",
    email_address: "match",
    name: "match",
    id_number: "match",
    ip_address: "match",
    phone_number: "match",
    depository_accounts: [
      {
        account_mask: "4000",
        routing_number: "021000021",
        match_status: "match",
      },
    ],
  },
  request_id: "saKrIBuEB9qJZng",
});

// POST /beacon/user/update: 200 example example-1
example<paths["/beacon/user/update"]["post"]["responses"][200]["content"]["application/json"]>()({
  item_ids: [
    "515cd85321d3649aecddc015",
  ],
  id: "becusr_42cF1MNo42r9Xj",
  version: 1,
  created_at: "2020-07-24T03:26:02Z",
  updated_at: "2020-07-24T03:26:02Z",
  status: "cleared",
  program_id: "becprg_11111111111111",
  client_user_id: "your-db-id-3b24110",
  user: {
    date_of_birth: "1990-05-29",
    name: {
      given_name: "Leslie",
      family_name: "Knope",
    },
    address: {
      street: "123 Main St.",
      street2: "Unit 42",
      city: "Pawnee",
      region: "IN",
      postal_code: "46001",
      country: "US",
    },
    email_address: "user@example.com",
    phone_number: "+19876543212",
    id_number: {
      value: "123456789",
      type: "us_ssn",
    },
    ip_address: "192.0.2.42",
    depository_accounts: [
      {
        account_mask: "4000",
        routing_number: "021000021",
        added_at: "2020-07-24T03:26:02Z",
      },
    ],
  },
  audit_trail: {
    source: "dashboard",
    dashboard_user_id: "54350110fedcbaf01234ffee",
    timestamp: "2020-07-24T03:26:02Z",
  },
  request_id: "saKrIBuEB9qJZng",
});

// POST /beacon/duplicate/get: 200 example example-1
example<paths["/beacon/duplicate/get"]["post"]["responses"][200]["content"]["application/json"]>()({
  id: "becdup_11111111111111",
  beacon_user1: {
    id: "becusr_42cF1MNo42r9Xj",
    version: 1,
  },
  beacon_user2: {
    id: "becusr_42cF1MNo42r9Xj",
    version: 1,
  },
  analysis: {
    address: "match",
    date_of_birth: "match",
    email_address: "match",
    name: "match",
    id_number: "match",
    ip_address: "match",
    phone_number: "match",
  },
  request_id: "saKrIBuEB9qJZng",
});

// POST /identity_verification/autofill/create: request example example
example<NonNullable<paths["/identity_verification/autofill/create"]["post"]["requestBody"]>["content"]["application/json"]>()({
  identity_verification_id: "flwses_42cF1MNo42r9Xj",
});

// POST /identity_verification/autofill/create: 200 example example-1
example<paths["/identity_verification/autofill/create"]["post"]["responses"][200]["content"]["application/json"]>()({
  status: "success",
  user: {
    name: {
      given_name: "Leslie",
      family_name: "Knope",
    },
    address: {
      street: "123 Main St.",
      street2: "Unit 42",
      city: "Pawnee",
      region: "IN",
      postal_code: "46001",
      country: "US",
      po_box: "yes",
      type: "residential",
    },
    id_number: {
      value: "123456789",
      type: "us_ssn",
    },
  },
  request_id: "saKrIBuEB9qJZng",
});

// POST /beacon/user/history/list: 200 example example-1
example<paths["/beacon/user/history/list"]["post"]["responses"][200]["content"]["application/json"]>()({
  beacon_users: [
    {
      item_ids: [
        "515cd85321d3649aecddc015",
      ],
      id: "becusr_42cF1MNo42r9Xj",
      version: 1,
      created_at: "2020-07-24T03:26:02Z",
      updated_at: "2020-07-24T03:26:02Z",
      status: "cleared",
      program_id: "becprg_11111111111111",
      client_user_id: "your-db-id-3b24110",
      user: {
        date_of_birth: "1990-05-29",
        name: {
          given_name: "Leslie",
          family_name: "Knope",
        },
        address: {
          street: "123 Main St.",
          street2: "Unit 42",
          city: "Pawnee",
          region: "IN",
          postal_code: "46001",
          country: "US",
        },
        email_address: "user@example.com",
        phone_number: "+19876543212",
        id_number: {
          value: "123456789",
          type: "us_ssn",
        },
        ip_address: "192.0.2.42",
        depository_accounts: [
          {
            account_mask: "4000",
            routing_number: "021000021",
            added_at: "2020-07-24T03:26:02Z",
          },
        ],
      },
      audit_trail: {
        source: "dashboard",
        dashboard_user_id: "54350110fedcbaf01234ffee",
        timestamp: "2020-07-24T03:26:02Z",
      },
    },
  ],
  next_cursor: "eyJkaXJlY3Rpb24iOiJuZXh0Iiwib2Zmc2V0IjoiMTU5NDM",
  request_id: "saKrIBuEB9qJZng",
});

// POST /beacon/user/account_insights/get: 200 example example-1
example<paths["/beacon/user/account_insights/get"]["post"]["responses"][200]["content"]["application/json"]>()({
  beacon_user_id: "becusr_42cF1MNo42r9Xj",
  created_at: "2020-07-24T03:26:02Z",
  updated_at: "2020-07-24T03:26:02Z",
  bank_account_insights: {
    item_id: "515cd85321d3649aecddc015",
    accounts: [
      {
        account_id: "blgvvBlXw3cq5GMPwqB6s6q4dLKB9WcVqGDGo",
        type: "depository",
        subtype: "checking",
        attributes: {
          days_since_first_plaid_connection: 1,
          is_account_closed: false,
          is_account_frozen_or_restricted: false,
          total_plaid_connections_count: 1,
          plaid_connections_count_7d: 1,
          plaid_connections_count_30d: 1,
          failed_plaid_non_oauth_authentication_attempts_count_3d: 1,
          plaid_non_oauth_authentication_attempts_count_3d: 1,
          failed_plaid_non_oauth_authentication_attempts_count_7d: 1,
          plaid_non_oauth_authentication_attempts_count_7d: 1,
          failed_plaid_non_oauth_authentication_attempts_count_30d: 1,
          plaid_non_oauth_authentication_attempts_count_30d: 1,
          distinct_ip_addresses_count_3d: 1,
          distinct_ip_addresses_count_7d: 1,
          distinct_ip_addresses_count_30d: 1,
          distinct_ip_addresses_count_90d: 1,
          distinct_user_agents_count_3d: 1,
          distinct_user_agents_count_7d: 1,
          distinct_user_agents_count_30d: 1,
          distinct_user_agents_count_90d: 1,
          address_change_count_28d: 1,
          email_change_count_28d: 2,
          phone_change_count_28d: 1,
          address_change_count_90d: 3,
          email_change_count_90d: 4,
          phone_change_count_90d: 2,
          days_since_account_opening: 365,
          days_since_first_observed_transaction: 180,
        },
      },
    ],
  },
  request_id: "saKrIBuEB9qJZng",
});

// POST /protect/user/insights/get: 200 example example-1
example<paths["/protect/user/insights/get"]["post"]["responses"][200]["content"]["application/json"]>()({
  user_id: "plaid-user-6009db6e",
  latest_scored_event: {
    event_id: "ptevt_cYNnF8xYE1v1om",
    timestamp: "2020-07-24T03:26:02Z",
    trust_index: {
      score: 86,
      model: "trust_index.2.0.0",
      subscores: {
        device_and_connection: {
          score: 87,
        },
        bank_account_insights: {
          score: 85,
        },
      },
    },
    fraud_attributes: {
      "link_session.linked_bank_accounts.user_pi_matches_owners": true,
      "link_session.linked_bank_accounts.connected_apps.days_since_first_connection": 582,
      "session.challenged_with_mfa": false,
      "user.bank_accounts.num_of_frozen_or_restricted_accounts": 0,
      "user.linked_bank_accounts.num_family_names": 1,
      "user.linked_bank_accounts.num_of_connected_banks": 1,
      "user.link_sessions.days_since_first_link_session": 150,
      "user.pi.email.history_yrs": 7.03,
      "user.pi.email.num_social_networks_linked": 12,
      "user.pi.ssn.user_likely_has_better_ssn": false,
    },
  },
  request_id: "saKrIBuEB9qJZng",
});

// POST /protect/report/create: 200 example example-1
example<paths["/protect/report/create"]["post"]["responses"][200]["content"]["application/json"]>()({
  report_id: "ptrpt_42cF1MNo42r9Xj",
  request_id: "saKrIBuEB9qJZng",
});

// POST /protect/compute: 200 example example-1
example<paths["/protect/compute"]["post"]["responses"][200]["content"]["application/json"]>()({
  score: 86,
  model: "ti-link-session-2.0",
  attributes: {
    "link_session.linked_bank_accounts.user_pi_matches_owners": true,
    "link_session.linked_bank_accounts.connected_apps.days_since_first_connection": 582,
    "session.challenged_with_mfa": false,
    "user.bank_accounts.num_of_frozen_or_restricted_accounts": 0,
    "user.linked_bank_accounts.num_family_names": 1,
    "user.linked_bank_accounts.num_of_connected_banks": 1,
    "user.link_sessions.days_since_first_link_session": 150,
    "user.pi.email.history_yrs": 7.03,
    "user.pi.email.num_social_networks_linked": 12,
    "user.pi.ssn.user_likely_has_better_ssn": false,
  },
  request_id: "saKrIBuEB9qJZng",
});

// POST /protect/event/send: 200 example example-1
example<paths["/protect/event/send"]["post"]["responses"][200]["content"]["application/json"]>()({
  event_id: "ptevt_cYNnF8xYE1v1om",
  trust_index: {
    score: 86,
    model: "trust_index.2.0.0",
    subscores: {
      device_and_connection: {
        score: 87,
      },
      bank_account_insights: {
        score: 85,
      },
    },
  },
  fraud_attributes: {
    "link_session.linked_bank_accounts.user_pi_matches_owners": true,
    "link_session.linked_bank_accounts.connected_apps.days_since_first_connection": 582,
    "session.challenged_with_mfa": false,
    "user.bank_accounts.num_of_frozen_or_restricted_accounts": 0,
    "user.linked_bank_accounts.num_family_names": 1,
    "user.linked_bank_accounts.num_of_connected_banks": 1,
    "user.link_sessions.days_since_first_link_session": 150,
    "user.pi.email.history_yrs": 7.03,
    "user.pi.email.num_social_networks_linked": 12,
    "user.pi.ssn.user_likely_has_better_ssn": false,
  },
  request_id: "saKrIBuEB9qJZng",
});

// POST /protect/event/get: 200 example example-1
example<paths["/protect/event/get"]["post"]["responses"][200]["content"]["application/json"]>()({
  event_id: "ptevt_cYNnF8xYE1v1om",
  timestamp: "2020-07-24T03:26:02Z",
  trust_index: {
    score: 86,
    model: "trust_index.2.0.0",
    subscores: {
      device_and_connection: {
        score: 87,
      },
      bank_account_insights: {
        score: 85,
      },
    },
  },
  fraud_attributes: {
    "link_session.linked_bank_accounts.user_pi_matches_owners": true,
    "link_session.linked_bank_accounts.connected_apps.days_since_first_connection": 582,
    "session.challenged_with_mfa": false,
    "user.bank_accounts.num_of_frozen_or_restricted_accounts": 0,
    "user.linked_bank_accounts.num_family_names": 1,
    "user.linked_bank_accounts.num_of_connected_banks": 1,
    "user.link_sessions.days_since_first_link_session": 150,
    "user.pi.email.history_yrs": 7.03,
    "user.pi.email.num_social_networks_linked": 12,
    "user.pi.ssn.user_likely_has_better_ssn": false,
  },
  request_id: "saKrIBuEB9qJZng",
});

// POST /business_verification/get: 200 example example-1
example<paths["/business_verification/get"]["post"]["responses"][200]["content"]["application/json"]>()({
  id: "busver_52xR9LKo77r1Np",
  client_user_id: "your-db-id-3b24110",
  created_at: "2020-07-24T03:26:02Z",
  completed_at: "2020-07-24T03:26:02Z",
  redacted_at: "2020-07-24T03:26:02Z",
  status: "success",
  search_terms: {
    name: "Acme Corporation",
    alternative_names: [
      "Acme Widgets",
    ],
    address: {
      street: "123 Main St.",
      street2: "Unit 42",
      city: "Pawnee",
      region: "IN",
      postal_code: "46001",
      country: "US",
    },
    website: "https://example.com",
    phone_number: "+14025671234",
    email_address: "user@example.com",
  },
  kyb_check: {
    status: "success",
    score: 85,
    name: {
      summary: "match",
    },
    address: {
      summary: "match",
    },
    website: {
      summary: "match",
    },
    match_details: {
      names: [
        {
          is_primary: true,
          name: "Acme Corporation",
        },
        {
          is_primary: false,
          name: "Acme Widgets",
        },
      ],
      entity_type: "llc",
      addresses: [
        {
          street: "123 Main St.",
          street2: "Unit 42",
          city: "Pawnee",
          region: "IN",
          postal_code: "46001",
          country: "US",
          is_primary: true,
        },
      ],
      phone_numbers: [
        {
          number: "+12345678909",
        },
      ],
      email_addresses: [
        {
          email_address: "business@example.com",
        },
      ],
      websites: [
        {
          url: "https://example.com",
        },
      ],
      formation_date: "1990-05-29",
    },
  },
  risk_check: {
    status: "success",
    score: 92,
    industry_prediction: {
      code: 518210,
      title: "Data Processing, Hosting, and Related Services",
    },
  },
  digital_presence_check: {
    status: "success",
    score: 55,
    address: {
      summary: "match",
    },
    phone_number: {
      summary: "match",
    },
    email_address: {
      summary: "match",
    },
    website: {
      summary: "match",
    },
    website_analysis: {
      is_parked: "no",
      email_is_deliverable: "yes",
      website_build_status: "active",
      whois_record: {
        domain_created_at: "1995-08-16T00:00:00Z",
        domain_updated_at: "2025-07-11T00:00:00Z",
        domain_expires_at: "2026-08-15T00:00:00Z",
        registrar: "GANDI SAS",
      },
      ssl: {
        is_valid: "yes",
      },
    },
  },
  shareable_url: "https://verify.plaid.com/busver_4FrXJvfQU3zGUR?key=e004115db797f7cc3083bff3167cba30644ef630fb46f5b086cde6cc3b86a36f",
  request_id: "saKrIBuEB9qJZng",
});

// POST /business_verification/create: 200 example example-1
example<paths["/business_verification/create"]["post"]["responses"][200]["content"]["application/json"]>()({
  id: "busver_52xR9LKo77r1Np",
  client_user_id: "your-db-id-3b24110",
  created_at: "2020-07-24T03:26:02Z",
  completed_at: "2020-07-24T03:26:02Z",
  redacted_at: "2020-07-24T03:26:02Z",
  status: "success",
  search_terms: {
    name: "Acme Corporation",
    alternative_names: [
      "Acme Widgets",
    ],
    address: {
      street: "123 Main St.",
      street2: "Unit 42",
      city: "Pawnee",
      region: "IN",
      postal_code: "46001",
      country: "US",
    },
    website: "https://example.com",
    phone_number: "+14025671234",
    email_address: "user@example.com",
  },
  kyb_check: {
    status: "success",
    score: 85,
    name: {
      summary: "match",
    },
    address: {
      summary: "match",
    },
    website: {
      summary: "match",
    },
    match_details: {
      names: [
        {
          is_primary: true,
          name: "Acme Corporation",
        },
        {
          is_primary: false,
          name: "Acme Widgets",
        },
      ],
      entity_type: "llc",
      addresses: [
        {
          street: "123 Main St.",
          street2: "Unit 42",
          city: "Pawnee",
          region: "IN",
          postal_code: "46001",
          country: "US",
          is_primary: true,
        },
      ],
      phone_numbers: [
        {
          number: "+12345678909",
        },
      ],
      email_addresses: [
        {
          email_address: "business@example.com",
        },
      ],
      websites: [
        {
          url: "https://example.com",
        },
      ],
      formation_date: "1990-05-29",
    },
  },
  risk_check: {
    status: "success",
    score: 92,
    industry_prediction: {
      code: 518210,
      title: "Data Processing, Hosting, and Related Services",
    },
  },
  digital_presence_check: {
    status: "success",
    score: 55,
    address: {
      summary: "match",
    },
    phone_number: {
      summary: "match",
    },
    email_address: {
      summary: "match",
    },
    website: {
      summary: "match",
    },
    website_analysis: {
      is_parked: "no",
      email_is_deliverable: "yes",
      website_build_status: "active",
      whois_record: {
        domain_created_at: "1995-08-16T00:00:00Z",
        domain_updated_at: "2025-07-11T00:00:00Z",
        domain_expires_at: "2026-08-15T00:00:00Z",
        registrar: "GANDI SAS",
      },
      ssl: {
        is_valid: "yes",
      },
    },
  },
  shareable_url: "https://verify.plaid.com/busver_4FrXJvfQU3zGUR?key=e004115db797f7cc3083bff3167cba30644ef630fb46f5b086cde6cc3b86a36f",
  request_id: "saKrIBuEB9qJZng",
});

// POST /processor/auth/get: 200 example example-1
example<paths["/processor/auth/get"]["post"]["responses"][200]["content"]["application/json"]>()({
  account: {
    account_id: "vzeNDwK7KQIm4yEog683uElbp9GRLEFXGK98D",
    balances: {
      available: 100,
      current: 110,
      iso_currency_code: "USD",
      limit: null,
      unofficial_currency_code: null,
    },
    mask: "0000",
    name: "Plaid Checking",
    official_name: "Plaid Gold Checking",
    subtype: "checking",
    type: "depository",
  },
  numbers: {
    ach: {
      account: "9900009606",
      account_id: "vzeNDwK7KQIm4yEog683uElbp9GRLEFXGK98D",
      routing: "011401533",
      wire_routing: "021000021",
    },
    eft: {
      account: "111122223333",
      account_id: "vzeNDwK7KQIm4yEog683uElbp9GRLEFXGK98D",
      institution: "021",
      branch: "01140",
    },
    international: {
      account_id: "vzeNDwK7KQIm4yEog683uElbp9GRLEFXGK98D",
      bic: "NWBKGB21",
      iban: "GB29NWBK60161331926819",
    },
    bacs: {
      account: "31926819",
      account_id: "vzeNDwK7KQIm4yEog683uElbp9GRLEFXGK98D",
      sort_code: "601613",
    },
  },
  request_id: "1zlMf",
});

// POST /processor/account/get: 200 example example-1
example<paths["/processor/account/get"]["post"]["responses"][200]["content"]["application/json"]>()({
  account: {
    account_id: "QKKzevvp33HxPWpoqn6rI13BxW4awNSjnw4xv",
    balances: {
      available: 100,
      current: 110,
      limit: null,
      iso_currency_code: "USD",
      unofficial_currency_code: null,
    },
    mask: "0000",
    name: "Plaid Checking",
    official_name: "Plaid Gold Checking",
    subtype: "checking",
    type: "depository",
  },
  institution_id: "ins_109508",
  request_id: "1zlMf",
});

// POST /processor/investments/holdings/get: 200 example example-1
example<paths["/processor/investments/holdings/get"]["post"]["responses"][200]["content"]["application/json"]>()({
  account: {
    account_id: "JqMLm4rJwpF6gMPJwBqdh9ZjjPvvpDcb7kDK1",
    balances: {
      available: null,
      current: 110.01,
      iso_currency_code: "USD",
      limit: null,
      margin_loan_amount: null,
      unofficial_currency_code: null,
    },
    mask: "5555",
    name: "Plaid IRA",
    official_name: null,
    subtype: "ira",
    type: "investment",
  },
  holdings: [
    {
      account_id: "JqMLm4rJwpF6gMPJwBqdh9ZjjPvvpDcb7kDK1",
      cost_basis: 1,
      institution_price: 1,
      institution_price_as_of: "2021-04-13",
      institution_price_datetime: null,
      institution_value: 0.01,
      iso_currency_code: "USD",
      quantity: 0.01,
      security_id: "d6ePmbPxgWCWmMVv66q9iPV94n91vMtov5Are",
      unofficial_currency_code: null,
      vested_quantity: null,
      vested_value: null,
    },
    {
      account_id: "JqMLm4rJwpF6gMPJwBqdh9ZjjPvvpDcb7kDK1",
      cost_basis: 0.01,
      institution_price: 0.011,
      institution_price_as_of: "2021-04-13",
      institution_price_datetime: null,
      institution_value: 110,
      iso_currency_code: "USD",
      quantity: 10000,
      security_id: "8E4L9XLl6MudjEpwPAAgivmdZRdBPJuvMPlPb",
      unofficial_currency_code: null,
      vested_quantity: null,
      vested_value: null,
    },
  ],
  securities: [
    {
      close_price: 0.011,
      close_price_as_of: "2021-04-13",
      cusip: null,
      institution_id: null,
      institution_security_id: null,
      is_cash_equivalent: false,
      isin: null,
      iso_currency_code: "USD",
      name: "Nflx Feb 01'18 $355 Call",
      proxy_security_id: null,
      security_id: "8E4L9XLl6MudjEpwPAAgivmdZRdBPJuvMPlPb",
      sedol: null,
      ticker_symbol: "NFLX180201C00355000",
      type: "derivative",
      subtype: "option",
      unofficial_currency_code: null,
      update_datetime: null,
      market_identifier_code: "XNAS",
      sector: "Technology Services",
      industry: "Internet Software or Services",
      cfi_code: "OCASPS",
      option_contract: {
        contract_type: "call",
        expiration_date: "2018-02-01",
        strike_price: 355,
        underlying_security_ticker: "NFLX",
      },
      fixed_income: null,
    },
    {
      close_price: 1,
      close_price_as_of: null,
      cusip: null,
      institution_id: null,
      institution_security_id: null,
      is_cash_equivalent: true,
      isin: null,
      iso_currency_code: "USD",
      name: "U S Dollar",
      proxy_security_id: null,
      security_id: "d6ePmbPxgWCWmMVv66q9iPV94n91vMtov5Are",
      sedol: null,
      ticker_symbol: "USD",
      type: "cash",
      subtype: "cash",
      unofficial_currency_code: null,
      update_datetime: null,
      market_identifier_code: null,
      sector: null,
      industry: null,
      cfi_code: null,
      option_contract: null,
      fixed_income: null,
    },
  ],
  request_id: "24MxmGFZz89Xg2f",
});

// POST /processor/investments/auth/get: 200 example example-1
example<paths["/processor/investments/auth/get"]["post"]["responses"][200]["content"]["application/json"]>()({
  account: {
    account_id: "xlP8npRxwgCj48LQbjxWipkeL3gbyXf64knoy",
    balances: {
      available: null,
      current: 415.57,
      iso_currency_code: "USD",
      limit: null,
      margin_loan_amount: null,
      unofficial_currency_code: null,
    },
    mask: "5555",
    name: "Plaid IRA",
    official_name: null,
    subtype: "ira",
    type: "investment",
  },
  owners: [
    {
      account_id: "xlP8npRxwgCj48LQbjxWipkeL3gbyXf64knoy",
      names: [
        "Alberta Bobbeth Charleson",
      ],
    },
  ],
  numbers: {
    acats: [
      {
        account: "TR5555",
        account_id: "xlP8npRxwgCj48LQbjxWipkeL3gbyXf64knoy",
        dtc_numbers: [
          "1111",
          "2222",
          "3333",
        ],
      },
    ],
  },
  holdings: [
    {
      account_id: "xlP8npRxwgCj48LQbjxWipkeL3gbyXf64knoy",
      cost_basis: 0.01,
      institution_price: 0.011,
      institution_price_as_of: "2021-05-25",
      institution_price_datetime: null,
      institution_value: 110,
      iso_currency_code: "USD",
      quantity: 10000,
      security_id: "8E4L9XLl6MudjEpwPAAgivmdZRdBPJuvMPlPb",
      unofficial_currency_code: null,
      vested_quantity: null,
      vested_value: null,
    },
    {
      account_id: "xlP8npRxwgCj48LQbjxWipkeL3gbyXf64knoy",
      cost_basis: 40,
      institution_price: 42.15,
      institution_price_as_of: "2021-05-25",
      institution_price_datetime: null,
      institution_value: 210.75,
      iso_currency_code: "USD",
      quantity: 5,
      security_id: "abJamDazkgfvBkVGgnnLUWXoxnomp5up8llg4",
      unofficial_currency_code: null,
      vested_quantity: 7,
      vested_value: 66,
    },
  ],
  securities: [
    {
      close_price: 0.011,
      close_price_as_of: null,
      cusip: null,
      cfi_code: "OCASPS",
      industry: null,
      institution_id: null,
      institution_security_id: null,
      is_cash_equivalent: false,
      isin: null,
      iso_currency_code: "USD",
      market_identifier_code: null,
      name: "Nflx Feb 01'18 $355 Call",
      option_contract: null,
      fixed_income: null,
      proxy_security_id: null,
      sector: null,
      security_id: "8E4L9XLl6MudjEpwPAAgivmdZRdBPJuvMPlPb",
      sedol: null,
      ticker_symbol: "NFLX180201C00355000",
      type: "derivative",
      subtype: "option",
      unofficial_currency_code: null,
      update_datetime: null,
    },
    {
      close_price: 42.15,
      close_price_as_of: null,
      cusip: null,
      cfi_code: "CEOIES",
      fixed_income: null,
      industry: null,
      institution_id: null,
      institution_security_id: null,
      is_cash_equivalent: false,
      isin: null,
      iso_currency_code: "USD",
      market_identifier_code: null,
      name: "iShares Inc MSCI Brazil",
      option_contract: null,
      proxy_security_id: null,
      sector: null,
      security_id: "abJamDazkgfvBkVGgnnLUWXoxnomp5up8llg4",
      sedol: null,
      ticker_symbol: "EWZ",
      type: "etf",
      subtype: "etf",
      unofficial_currency_code: null,
      update_datetime: null,
    },
  ],
  data_sources: {
    numbers: "INSTITUTION",
    owners: "INSTITUTION",
    holdings: "INSTITUTION",
  },
  request_id: "m8MDnv9okwxFNBV",
});

// POST /processor/investments/transactions/get: 200 example example-1
example<paths["/processor/investments/transactions/get"]["post"]["responses"][200]["content"]["application/json"]>()({
  account: {
    account_id: "rz99ex9ZQotvnjXdgQLEsR81e3ArPgulVWjGj",
    balances: {
      available: null,
      current: 23631.9805,
      iso_currency_code: "USD",
      limit: null,
      margin_loan_amount: null,
      unofficial_currency_code: null,
    },
    mask: "6666",
    name: "Plaid 401k",
    official_name: null,
    subtype: "401k",
    type: "investment",
  },
  investment_transactions: [
    {
      account_id: "rz99ex9ZQotvnjXdgQLEsR81e3ArPgulVWjGj",
      amount: -8.72,
      cancel_transaction_id: null,
      date: "2020-05-29",
      transaction_datetime: null,
      fees: 0,
      investment_transaction_id: "oq99Pz97joHQem4BNjXECev1E4B6L6sRzwANW",
      iso_currency_code: "USD",
      name: "INCOME DIV DIVIDEND RECEIVED",
      price: 0,
      quantity: 0,
      security_id: "eW4jmnjd6AtjxXVrjmj6SX1dNEdZp3Cy8RnRQ",
      subtype: "dividend",
      type: "cash",
      unofficial_currency_code: null,
    },
    {
      account_id: "rz99ex9ZQotvnjXdgQLEsR81e3ArPgulVWjGj",
      amount: -1289.01,
      cancel_transaction_id: null,
      date: "2020-05-28",
      transaction_datetime: "2020-05-28T15:10:09Z",
      fees: 7.99,
      investment_transaction_id: "pK99jB9e7mtwjA435GpVuMvmWQKVbVFLWme57",
      iso_currency_code: "USD",
      name: "SELL Matthews Pacific Tiger Fund Insti Class",
      price: 27.53,
      quantity: -47.74104242992852,
      security_id: "JDdP7XPMklt5vwPmDN45t3KAoWAPmjtpaW7DP",
      subtype: "sell",
      type: "sell",
      unofficial_currency_code: null,
    },
  ],
  request_id: "iv4q3ZlytOOthkv",
  securities: [
    {
      close_price: 27,
      close_price_as_of: null,
      cusip: "577130834",
      institution_id: null,
      institution_security_id: null,
      is_cash_equivalent: false,
      isin: "US5771308344",
      iso_currency_code: "USD",
      name: "Matthews Pacific Tiger Fund Insti Class",
      proxy_security_id: null,
      security_id: "JDdP7XPMklt5vwPmDN45t3KAoWAPmjtpaW7DP",
      sedol: null,
      ticker_symbol: "MIPTX",
      type: "mutual fund",
      subtype: "mutual fund",
      unofficial_currency_code: null,
      update_datetime: null,
      market_identifier_code: "XNAS",
      sector: "Miscellaneous",
      industry: "Investment Trusts or Mutual Funds",
      cfi_code: "CIOGES",
      option_contract: null,
      fixed_income: null,
    },
    {
      close_price: 34.73,
      close_price_as_of: null,
      cusip: "84470P109",
      institution_id: null,
      institution_security_id: null,
      is_cash_equivalent: false,
      isin: "US84470P1093",
      iso_currency_code: "USD",
      name: "Southside Bancshares Inc.",
      proxy_security_id: null,
      security_id: "eW4jmnjd6AtjxXVrjmj6SX1dNEdZp3Cy8RnRQ",
      sedol: null,
      ticker_symbol: "SBSI",
      type: "equity",
      subtype: "common stock",
      unofficial_currency_code: null,
      update_datetime: null,
      market_identifier_code: "XNAS",
      sector: "Finance",
      industry: "Regional Banks",
      cfi_code: "ESVUFR",
      option_contract: null,
      fixed_income: null,
    },
  ],
  total_investment_transactions: 2,
});

// POST /processor/transactions/get: 200 example example-1
example<paths["/processor/transactions/get"]["post"]["responses"][200]["content"]["application/json"]>()({
  account: {
    account_id: "BxBXxLj1m4HMXBm9WZZmCWVbPjX16EHwv99vp",
    balances: {
      available: 110.94,
      current: 110.94,
      iso_currency_code: "USD",
      limit: null,
      unofficial_currency_code: null,
    },
    mask: "0000",
    name: "Plaid Checking",
    official_name: "Plaid Gold Standard 0% Interest Checking",
    subtype: "checking",
    type: "depository",
  },
  transactions: [
    {
      account_id: "BxBXxLj1m4HMXBm9WZZmCWVbPjX16EHwv99vp",
      account_owner: null,
      amount: 28.34,
      iso_currency_code: "USD",
      unofficial_currency_code: null,
      check_number: null,
      counterparties: [
        {
          name: "DoorDash",
          type: "marketplace",
          logo_url: "https://plaid-counterparty-logos.plaid.com/doordash_1.png",
          website: "doordash.com",
          entity_id: "YNRJg5o2djJLv52nBA1Yn1KpL858egYVo4dpm",
          confidence_level: "HIGH",
        },
        {
          name: "Burger King",
          type: "merchant",
          logo_url: "https://plaid-merchant-logos.plaid.com/burger_king_155.png",
          website: "burgerking.com",
          entity_id: "mVrw538wamwdm22mK8jqpp7qd5br0eeV9o4a1",
          confidence_level: "VERY_HIGH",
        },
      ],
      date: "2023-09-28",
      datetime: "2023-09-28T15:10:09Z",
      authorized_date: "2023-09-27",
      authorized_datetime: "2023-09-27T08:01:58Z",
      location: {
        address: null,
        city: null,
        region: null,
        postal_code: null,
        country: null,
        lat: null,
        lon: null,
        store_number: null,
      },
      name: "Dd Doordash Burgerkin",
      merchant_name: "Burger King",
      merchant_entity_id: "mVrw538wamwdm22mK8jqpp7qd5br0eeV9o4a1",
      logo_url: "https://plaid-merchant-logos.plaid.com/burger_king_155.png",
      website: "burgerking.com",
      payment_meta: {
        by_order_of: null,
        payee: null,
        payer: null,
        payment_method: null,
        payment_processor: null,
        ppd_id: null,
        reason: null,
        reference_number: null,
      },
      payment_channel: "online",
      pending: true,
      pending_transaction_id: null,
      personal_finance_category: {
        primary: "FOOD_AND_DRINK",
        detailed: "FOOD_AND_DRINK_FAST_FOOD",
        confidence_level: "VERY_HIGH",
      },
      personal_finance_category_icon_url: "https://plaid-category-icons.plaid.com/PFC_FOOD_AND_DRINK.png",
      transaction_id: "yhnUVvtcGGcCKU0bcz8PDQr5ZUxUXebUvbKC0",
      transaction_code: null,
      transaction_type: "digital",
    },
    {
      account_id: "BxBXxLj1m4HMXBm9WZZmCWVbPjX16EHwv99vp",
      account_owner: null,
      amount: 72.1,
      iso_currency_code: "USD",
      unofficial_currency_code: null,
      check_number: null,
      counterparties: [
        {
          name: "Walmart",
          type: "merchant",
          logo_url: "https://plaid-merchant-logos.plaid.com/walmart_1100.png",
          website: "walmart.com",
          entity_id: "O5W5j4dN9OR3E6ypQmjdkWZZRoXEzVMz2ByWM",
          confidence_level: "VERY_HIGH",
        },
      ],
      date: "2023-09-24",
      datetime: "2023-09-24T11:01:01Z",
      authorized_date: "2023-09-22",
      authorized_datetime: "2023-09-22T10:34:50Z",
      location: {
        address: "13425 Community Rd",
        city: "Poway",
        region: "CA",
        postal_code: "92064",
        country: "US",
        lat: 32.959068,
        lon: -117.037666,
        store_number: "1700",
      },
      name: "PURCHASE WM SUPERCENTER #1700",
      merchant_name: "Walmart",
      merchant_entity_id: "O5W5j4dN9OR3E6ypQmjdkWZZRoXEzVMz2ByWM",
      logo_url: "https://plaid-merchant-logos.plaid.com/walmart_1100.png",
      website: "walmart.com",
      payment_meta: {
        by_order_of: null,
        payee: null,
        payer: null,
        payment_method: null,
        payment_processor: null,
        ppd_id: null,
        reason: null,
        reference_number: null,
      },
      payment_channel: "in store",
      pending: false,
      pending_transaction_id: "no86Eox18VHMvaOVL7gPUM9ap3aR1LsAVZ5nc",
      personal_finance_category: {
        primary: "GENERAL_MERCHANDISE",
        detailed: "GENERAL_MERCHANDISE_SUPERSTORES",
        confidence_level: "VERY_HIGH",
      },
      personal_finance_category_icon_url: "https://plaid-category-icons.plaid.com/PFC_GENERAL_MERCHANDISE.png",
      transaction_id: "lPNjeW1nR6CDn5okmGQ6hEpMo4lLNoSrzqDje",
      transaction_code: null,
      transaction_type: "place",
    },
  ],
  total_transactions: 1,
  request_id: "Wvhy9PZHQLV8njG",
});

// POST /processor/transactions/sync: 200 example example-1
example<paths["/processor/transactions/sync"]["post"]["responses"][200]["content"]["application/json"]>()({
  account: {
    account_id: "BxBXxLj1m4HMXBm9WZZmCWVbPjX16EHwv99vp",
    balances: {
      available: 110.94,
      current: 110.94,
      iso_currency_code: "USD",
      limit: null,
      unofficial_currency_code: null,
    },
    mask: "0000",
    name: "Plaid Checking",
    official_name: "Plaid Gold Standard 0% Interest Checking",
    subtype: "checking",
    type: "depository",
  },
  added: [
    {
      account_id: "BxBXxLj1m4HMXBm9WZZmCWVbPjX16EHwv99vp",
      account_owner: null,
      amount: 72.1,
      iso_currency_code: "USD",
      unofficial_currency_code: null,
      check_number: null,
      counterparties: [
        {
          name: "Walmart",
          type: "merchant",
          logo_url: "https://plaid-merchant-logos.plaid.com/walmart_1100.png",
          website: "walmart.com",
          entity_id: "O5W5j4dN9OR3E6ypQmjdkWZZRoXEzVMz2ByWM",
          confidence_level: "VERY_HIGH",
        },
      ],
      date: "2023-09-24",
      datetime: "2023-09-24T11:01:01Z",
      authorized_date: "2023-09-22",
      authorized_datetime: "2023-09-22T10:34:50Z",
      location: {
        address: "13425 Community Rd",
        city: "Poway",
        region: "CA",
        postal_code: "92064",
        country: "US",
        lat: 32.959068,
        lon: -117.037666,
        store_number: "1700",
      },
      name: "PURCHASE WM SUPERCENTER #1700",
      merchant_name: "Walmart",
      merchant_entity_id: "O5W5j4dN9OR3E6ypQmjdkWZZRoXEzVMz2ByWM",
      logo_url: "https://plaid-merchant-logos.plaid.com/walmart_1100.png",
      website: "walmart.com",
      payment_meta: {
        by_order_of: null,
        payee: null,
        payer: null,
        payment_method: null,
        payment_processor: null,
        ppd_id: null,
        reason: null,
        reference_number: null,
      },
      payment_channel: "in store",
      pending: false,
      pending_transaction_id: "no86Eox18VHMvaOVL7gPUM9ap3aR1LsAVZ5nc",
      personal_finance_category: {
        primary: "GENERAL_MERCHANDISE",
        detailed: "GENERAL_MERCHANDISE_SUPERSTORES",
        confidence_level: "VERY_HIGH",
      },
      personal_finance_category_icon_url: "https://plaid-category-icons.plaid.com/PFC_GENERAL_MERCHANDISE.png",
      transaction_id: "lPNjeW1nR6CDn5okmGQ6hEpMo4lLNoSrzqDje",
      transaction_code: null,
      transaction_type: "place",
    },
  ],
  modified: [
    {
      account_id: "BxBXxLj1m4HMXBm9WZZmCWVbPjX16EHwv99vp",
      account_owner: null,
      amount: 28.34,
      iso_currency_code: "USD",
      unofficial_currency_code: null,
      check_number: null,
      counterparties: [
        {
          name: "DoorDash",
          type: "marketplace",
          logo_url: "https://plaid-counterparty-logos.plaid.com/doordash_1.png",
          website: "doordash.com",
          entity_id: "YNRJg5o2djJLv52nBA1Yn1KpL858egYVo4dpm",
          confidence_level: "HIGH",
        },
        {
          name: "Burger King",
          type: "merchant",
          logo_url: "https://plaid-merchant-logos.plaid.com/burger_king_155.png",
          website: "burgerking.com",
          entity_id: "mVrw538wamwdm22mK8jqpp7qd5br0eeV9o4a1",
          confidence_level: "VERY_HIGH",
        },
      ],
      date: "2023-09-28",
      datetime: "2023-09-28T15:10:09Z",
      authorized_date: "2023-09-27",
      authorized_datetime: "2023-09-27T08:01:58Z",
      location: {
        address: null,
        city: null,
        region: null,
        postal_code: null,
        country: null,
        lat: null,
        lon: null,
        store_number: null,
      },
      name: "Dd Doordash Burgerkin",
      merchant_name: "Burger King",
      merchant_entity_id: "mVrw538wamwdm22mK8jqpp7qd5br0eeV9o4a1",
      logo_url: "https://plaid-merchant-logos.plaid.com/burger_king_155.png",
      website: "burgerking.com",
      payment_meta: {
        by_order_of: null,
        payee: null,
        payer: null,
        payment_method: null,
        payment_processor: null,
        ppd_id: null,
        reason: null,
        reference_number: null,
      },
      payment_channel: "online",
      pending: true,
      pending_transaction_id: null,
      personal_finance_category: {
        primary: "FOOD_AND_DRINK",
        detailed: "FOOD_AND_DRINK_FAST_FOOD",
        confidence_level: "VERY_HIGH",
      },
      personal_finance_category_icon_url: "https://plaid-category-icons.plaid.com/PFC_FOOD_AND_DRINK.png",
      transaction_id: "yhnUVvtcGGcCKU0bcz8PDQr5ZUxUXebUvbKC0",
      transaction_code: null,
      transaction_type: "digital",
    },
  ],
  removed: [
    {
      transaction_id: "CmdQTNgems8BT1B7ibkoUXVPyAeehT3Tmzk0l",
      account_id: "BxBXxLj1m4HMXBm9WZZmCWVbPjX16EHwv99vp",
    },
  ],
  next_cursor: "tVUUL15lYQN5rBnfDIc1I8xudpGdIlw9nsgeXWvhOfkECvUeR663i3Dt1uf/94S8ASkitgLcIiOSqNwzzp+bh89kirazha5vuZHBb2ZA5NtCDkkV",
  has_more: false,
  request_id: "45QSn",
  transactions_update_status: "HISTORICAL_UPDATE_COMPLETE",
});

// POST /processor/transactions/refresh: 200 example example-1
example<paths["/processor/transactions/refresh"]["post"]["responses"][200]["content"]["application/json"]>()({
  request_id: "1vwmF5TBQwiqfwP",
});

// POST /processor/transactions/recurring/get: 200 example example-1
example<paths["/processor/transactions/recurring/get"]["post"]["responses"][200]["content"]["application/json"]>()({
  updated_datetime: "2022-05-01T00:00:00Z",
  inflow_streams: [
    {
      account_id: "lPNjeW1nR6CDn5okmGQ6hEpMo4lLNoSrzqDje",
      stream_id: "no86Eox18VHMvaOVL7gPUM9ap3aR1LsAVZ5nc",
      category: null,
      category_id: null,
      description: "Platypus Payroll",
      merchant_name: null,
      personal_finance_category: {
        primary: "INCOME",
        detailed: "INCOME_WAGES",
        confidence_level: "UNKNOWN",
      },
      first_date: "2022-02-28",
      last_date: "2022-04-30",
      predicted_next_date: "2022-05-15",
      frequency: "SEMI_MONTHLY",
      transaction_ids: [
        "nkeaNrDGrhdo6c4qZWDA8ekuIPuJ4Avg5nKfw",
        "EfC5ekksdy30KuNzad2tQupW8WIPwvjXGbGHL",
        "ozfvj3FFgp6frbXKJGitsDzck5eWQH7zOJBYd",
        "QvdDE8AqVWo3bkBZ7WvCd7LskxVix8Q74iMoK",
        "uQozFPfMzibBouS9h9tz4CsyvFll17jKLdPAF",
      ],
      average_amount: {
        amount: -800,
        iso_currency_code: "USD",
        unofficial_currency_code: null,
      },
      last_amount: {
        amount: -1000,
        iso_currency_code: "USD",
        unofficial_currency_code: null,
      },
      is_active: true,
      status: "MATURE",
      is_user_modified: false,
    },
  ],
  outflow_streams: [
    {
      account_id: "lPNjeW1nR6CDn5okmGQ6hEpMo4lLNoSrzqDff",
      stream_id: "no86Eox18VHMvaOVL7gPUM9ap3aR1LsAVZ5nd",
      category: null,
      category_id: null,
      description: "ConEd Bill Payment",
      merchant_name: "ConEd",
      personal_finance_category: {
        primary: "RENT_AND_UTILITIES",
        detailed: "RENT_AND_UTILITIES_GAS_AND_ELECTRICITY",
        confidence_level: "UNKNOWN",
      },
      first_date: "2022-02-04",
      last_date: "2022-05-02",
      predicted_next_date: "2022-06-02",
      frequency: "MONTHLY",
      transaction_ids: [
        "yhnUVvtcGGcCKU0bcz8PDQr5ZUxUXebUvbKC0",
        "HPDnUVgI5Pa0YQSl0rxwYRwVXeLyJXTWDAvpR",
        "jEPoSfF8xzMClE9Ohj1he91QnvYoSdwg7IT8L",
        "CmdQTNgems8BT1B7ibkoUXVPyAeehT3Tmzk0l",
      ],
      average_amount: {
        amount: 85,
        iso_currency_code: "USD",
        unofficial_currency_code: null,
      },
      last_amount: {
        amount: 100,
        iso_currency_code: "USD",
        unofficial_currency_code: null,
      },
      is_active: true,
      status: "MATURE",
      is_user_modified: false,
    },
    {
      account_id: "lPNjeW1nR6CDn5okmGQ6hEpMo4lLNoSrzqDff",
      stream_id: "SrBNJZDuUMweodmPmSOeOImwsWt53ZXfJQAfC",
      category: null,
      category_id: null,
      description: "Costco Annual Membership",
      merchant_name: "Costco",
      personal_finance_category: {
        primary: "GENERAL_MERCHANDISE",
        detailed: "GENERAL_MERCHANDISE_SUPERSTORES",
        confidence_level: "UNKNOWN",
      },
      first_date: "2022-01-23",
      last_date: "2023-01-22",
      predicted_next_date: "2024-01-22",
      frequency: "ANNUALLY",
      transaction_ids: [
        "yqEBJ72cS4jFwcpxJcDuQr94oAQ1R1lMC33D4",
        "Kz5Hm3cZCgpn4tMEKUGAGD6kAcxMBsEZDSwJJ",
      ],
      average_amount: {
        amount: 120,
        iso_currency_code: "USD",
        unofficial_currency_code: null,
      },
      last_amount: {
        amount: 120,
        iso_currency_code: "USD",
        unofficial_currency_code: null,
      },
      is_active: true,
      status: "MATURE",
      is_user_modified: false,
    },
  ],
  request_id: "tbFyCEqkU775ZGG",
});

// POST /processor/signal/evaluate: 200 example example-1: left out, its schema refuses it (#/paths/~1processor~1signal~1evaluate/post/responses/200/content/application~1json/examples/example-1/value: /scores/customer_initiated_return_risk must have required property 'risk_tier'; /scores/bank_initiated_return_risk must have required property 'risk_tier')

// POST /processor/signal/decision/report: 200 example example-1
example<paths["/processor/signal/decision/report"]["post"]["responses"][200]["content"]["application/json"]>()({
  request_id: "mdqfuVxeoza6mhu",
});

// POST /processor/signal/return/report: 200 example example-1
example<paths["/processor/signal/return/report"]["post"]["responses"][200]["content"]["application/json"]>()({
  request_id: "mdqfuVxeoza6mhu",
});

// POST /processor/signal/prepare: 200 example example-1
example<paths["/processor/signal/prepare"]["post"]["responses"][200]["content"]["application/json"]>()({
  request_id: "mdqfuVxeoza6mhu",
});

// POST /processor/bank_transfer/create: 200 example example-1
example<paths["/processor/bank_transfer/create"]["post"]["responses"][200]["content"]["application/json"]>()({
  bank_transfer: {
    account_id: "6qL6lWoQkAfNE3mB8Kk5tAnvpX81qefrvvl7B",
    ach_class: "ppd",
    amount: "12.34",
    cancellable: true,
    created: "2020-08-06T17:27:15Z",
    custom_tag: "my tag",
    description: "Testing2",
    direction: "outbound",
    failure_reason: null,
    id: "460cbe92-2dcc-8eae-5ad6-b37d0ec90fd9",
    iso_currency_code: "USD",
    metadata: {
      key1: "value1",
      key2: "value2",
    },
    network: "ach",
    origination_account_id: "11111111-1111-1111-1111-111111111111",
    status: "pending",
    type: "credit",
    user: {
      email_address: "plaid@plaid.com",
      legal_name: "John Smith",
      routing_number: "111111111",
    },
  },
  request_id: "saKrIBuEB9qJZno",
});

// POST /processor/liabilities/get: 200 example example-1
example<paths["/processor/liabilities/get"]["post"]["responses"][200]["content"]["application/json"]>()({
  account: {
    account_id: "dVzbVMLjrxTnLjX4G66XUp5GLklm4oiZy88yK",
    balances: {
      available: null,
      current: 410,
      iso_currency_code: "USD",
      limit: 2000,
      unofficial_currency_code: null,
    },
    mask: "3333",
    name: "Plaid Credit Card",
    official_name: "Plaid Diamond 12.5% APR Interest Credit Card",
    subtype: "credit card",
    type: "credit",
  },
  liabilities: {
    credit: [
      {
        account_id: "dVzbVMLjrxTnLjX4G66XUp5GLklm4oiZy88yK",
        aprs: [
          {
            apr_percentage: 15.24,
            apr_type: "balance_transfer_apr",
            balance_subject_to_apr: 1562.32,
            interest_charge_amount: 130.22,
          },
          {
            apr_percentage: 27.95,
            apr_type: "cash_apr",
            balance_subject_to_apr: 56.22,
            interest_charge_amount: 14.81,
          },
          {
            apr_percentage: 12.5,
            apr_type: "purchase_apr",
            balance_subject_to_apr: 157.01,
            interest_charge_amount: 25.66,
          },
          {
            apr_percentage: 0,
            apr_type: "special",
            balance_subject_to_apr: 1000,
            interest_charge_amount: 0,
          },
        ],
        is_overdue: false,
        last_payment_amount: 168.25,
        last_payment_date: "2019-05-22",
        last_statement_issue_date: "2019-05-28",
        last_statement_balance: 1708.77,
        minimum_payment_amount: 20,
        next_payment_due_date: "2020-05-28",
      },
    ],
    mortgage: [],
    student: [],
  },
  request_id: "dTnnm60WgKGLnKL",
});

// POST /processor/identity/get: 200 example example-1
example<paths["/processor/identity/get"]["post"]["responses"][200]["content"]["application/json"]>()({
  account: {
    account_id: "XMGPJy4q1gsQoKd5z9R3tK8kJ9EWL8SdkgKMq",
    balances: {
      available: 100,
      current: 110,
      iso_currency_code: "USD",
      limit: null,
      unofficial_currency_code: null,
    },
    mask: "0000",
    name: "Plaid Checking",
    official_name: "Plaid Gold Standard 0% Interest Checking",
    owners: [
      {
        addresses: [
          {
            data: {
              city: "Malakoff",
              country: "US",
              postal_code: "14236",
              region: "NY",
              street: "2992 Cameron Road",
            },
            primary: true,
          },
          {
            data: {
              city: "San Matias",
              country: "US",
              postal_code: "93405-2255",
              region: "CA",
              street: "2493 Leisure Lane",
            },
            primary: false,
          },
        ],
        emails: [
          {
            data: "accountholder0@example.com",
            primary: true,
            type: "primary",
          },
          {
            data: "accountholder1@example.com",
            primary: false,
            type: "secondary",
          },
          {
            data: "extraordinarily.long.email.username.123456@reallylonghostname.com",
            primary: false,
            type: "other",
          },
        ],
        names: [
          "Alberta Bobbeth Charleson",
        ],
        phone_numbers: [
          {
            data: "2025550123",
            primary: false,
            type: "home",
          },
          {
            data: "1112224444",
            primary: false,
            type: "work",
          },
          {
            data: "1112225555",
            primary: false,
            type: "mobile1",
          },
        ],
      },
    ],
    subtype: "checking",
    type: "depository",
  },
  request_id: "eOPkBl6t33veI2J",
});

// POST /processor/identity/match: 200 example example-1
example<paths["/processor/identity/match"]["post"]["responses"][200]["content"]["application/json"]>()({
  account: {
    account_id: "BxBXxLj1m4HMXBm9WZZmCWVbPjX16EHwv99vp",
    balances: {
      available: null,
      current: null,
      iso_currency_code: null,
      limit: null,
      unofficial_currency_code: null,
    },
    mask: "0000",
    name: "Plaid Checking",
    official_name: "Plaid Gold Standard 0% Interest Checking",
    legal_name: {
      score: 90,
      is_nickname_match: true,
      is_first_name_or_last_name_match: true,
      is_business_name_detected: false,
    },
    phone_number: {
      score: 100,
    },
    email_address: {
      score: 100,
    },
    address: {
      score: 100,
      is_postal_code_match: true,
    },
    subtype: "checking",
    type: "depository",
  },
  request_id: "3nARps6TOYtbACO",
});

// POST /processor/balance/get: 200 example example-1
example<paths["/processor/balance/get"]["post"]["responses"][200]["content"]["application/json"]>()({
  account: {
    account_id: "QKKzevvp33HxPWpoqn6rI13BxW4awNSjnw4xv",
    balances: {
      available: 100,
      current: 110,
      limit: null,
      iso_currency_code: "USD",
      unofficial_currency_code: null,
    },
    mask: "0000",
    name: "Plaid Checking",
    official_name: "Plaid Gold Checking",
    subtype: "checking",
    type: "depository",
  },
  request_id: "1zlMf",
});

// POST /item/webhook/update: 200 example example-1
example<paths["/item/webhook/update"]["post"]["responses"][200]["content"]["application/json"]>()({
  item: {
    available_products: [
      "balance",
      "identity",
      "payment_initiation",
      "transactions",
    ],
    billed_products: [
      "assets",
      "auth",
    ],
    consent_expiration_time: null,
    error: null,
    institution_id: "ins_117650",
    institution_name: "Royal Bank of Plaid",
    item_id: "DWVAAPWq4RHGlEaNyGKRTAnPLaEmo8Cvq7na6",
    update_type: "background",
    webhook: "https://www.genericwebhookurl.com/webhook",
    auth_method: "INSTANT_AUTH",
  },
  request_id: "vYK11LNTfRoAMbj",
});

// POST /item/access_token/invalidate: 200 example example-1
example<paths["/item/access_token/invalidate"]["post"]["responses"][200]["content"]["application/json"]>()({
  new_access_token: "access-sandbox-8ab976e6-64bc-4b38-98f7-731e7a349970",
  request_id: "m8MDnv9okwxFNBV",
});

// POST /webhook_verification_key/get: 200 example example-1
example<paths["/webhook_verification_key/get"]["post"]["responses"][200]["content"]["application/json"]>()({
  key: {
    alg: "ES256",
    created_at: 1560466150,
    crv: "P-256",
    expired_at: null,
    kid: "bfbd5111-8e33-4643-8ced-b2e642a72f3c",
    kty: "EC",
    use: "sig",
    x: "hKXLGIjWvCBv-cP5euCTxl8g9GLG9zHo_3pO5NN1DwQ",
    y: "shhexqPB7YffGn6fR6h2UhTSuCtPmfzQJ6ENVIoO4Ys",
  },
  request_id: "RZ6Omi1bzzwDaLo",
});

// POST /liabilities/get: 200 example example-1
example<paths["/liabilities/get"]["post"]["responses"][200]["content"]["application/json"]>()({
  accounts: [
    {
      account_id: "BxBXxLj1m4HMXBm9WZZmCWVbPjX16EHwv99vp",
      balances: {
        available: 100,
        current: 110,
        iso_currency_code: "USD",
        limit: null,
        unofficial_currency_code: null,
      },
      mask: "0000",
      name: "Plaid Checking",
      official_name: "Plaid Gold Standard 0% Interest Checking",
      subtype: "checking",
      type: "depository",
    },
    {
      account_id: "dVzbVMLjrxTnLjX4G66XUp5GLklm4oiZy88yK",
      balances: {
        available: null,
        current: 410,
        iso_currency_code: "USD",
        limit: 2000,
        unofficial_currency_code: null,
      },
      mask: "3333",
      name: "Plaid Credit Card",
      official_name: "Plaid Diamond 12.5% APR Interest Credit Card",
      subtype: "credit card",
      type: "credit",
    },
    {
      account_id: "Pp1Vpkl9w8sajvK6oEEKtr7vZxBnGpf7LxxLE",
      balances: {
        available: null,
        current: 65262,
        iso_currency_code: "USD",
        limit: null,
        unofficial_currency_code: null,
      },
      mask: "7777",
      name: "Plaid Student Loan",
      official_name: null,
      subtype: "student",
      type: "loan",
    },
    {
      account_id: "BxBXxLj1m4HMXBm9WZJyUg9XLd4rKEhw8Pb1J",
      balances: {
        available: null,
        current: 56302.06,
        iso_currency_code: "USD",
        limit: null,
        unofficial_currency_code: null,
      },
      mask: "8888",
      name: "Plaid Mortgage",
      official_name: null,
      subtype: "mortgage",
      type: "loan",
    },
  ],
  item: {
    available_products: [
      "balance",
      "investments",
    ],
    billed_products: [
      "assets",
      "auth",
      "identity",
      "liabilities",
      "transactions",
    ],
    consent_expiration_time: null,
    error: null,
    institution_id: "ins_3",
    institution_name: "Chase",
    item_id: "eVBnVMp7zdTJLkRNr33Rs6zr7KNJqBFL9DrE6",
    update_type: "background",
    webhook: "https://www.genericwebhookurl.com/webhook",
    auth_method: "INSTANT_AUTH",
  },
  liabilities: {
    credit: [
      {
        account_id: "dVzbVMLjrxTnLjX4G66XUp5GLklm4oiZy88yK",
        aprs: [
          {
            apr_percentage: 15.24,
            apr_type: "balance_transfer_apr",
            balance_subject_to_apr: 1562.32,
            interest_charge_amount: 130.22,
          },
          {
            apr_percentage: 27.95,
            apr_type: "cash_apr",
            balance_subject_to_apr: 56.22,
            interest_charge_amount: 14.81,
          },
          {
            apr_percentage: 12.5,
            apr_type: "purchase_apr",
            balance_subject_to_apr: 157.01,
            interest_charge_amount: 25.66,
          },
          {
            apr_percentage: 0,
            apr_type: "special",
            balance_subject_to_apr: 1000,
            interest_charge_amount: 0,
          },
        ],
        is_overdue: false,
        last_payment_amount: 168.25,
        last_payment_date: "2019-05-22",
        last_statement_issue_date: "2019-05-28",
        last_statement_balance: 1708.77,
        minimum_payment_amount: 20,
        next_payment_due_date: "2020-05-28",
      },
    ],
    mortgage: [
      {
        account_id: "BxBXxLj1m4HMXBm9WZJyUg9XLd4rKEhw8Pb1J",
        account_number: "3120194154",
        current_late_fee: 25,
        escrow_balance: 3141.54,
        has_pmi: true,
        has_prepayment_penalty: true,
        interest_rate: {
          percentage: 3.99,
          type: "fixed",
        },
        last_payment_amount: 3141.54,
        last_payment_date: "2019-08-01",
        loan_term: "30 year",
        loan_type_description: "conventional",
        maturity_date: "2045-07-31",
        next_monthly_payment: 3141.54,
        next_payment_due_date: "2019-11-15",
        origination_date: "2015-08-01",
        origination_principal_amount: 425000,
        past_due_amount: 2304,
        property_address: {
          city: "Malakoff",
          country: "US",
          postal_code: "14236",
          region: "NY",
          street: "2992 Cameron Road",
        },
        ytd_interest_paid: 12300.4,
        ytd_principal_paid: 12340.5,
      },
    ],
    student: [
      {
        account_id: "Pp1Vpkl9w8sajvK6oEEKtr7vZxBnGpf7LxxLE",
        account_number: "4277075694",
        disbursement_dates: [
          "2002-08-28",
        ],
        expected_payoff_date: "2032-07-28",
        guarantor: "DEPT OF ED",
        interest_rate_percentage: 5.25,
        is_overdue: false,
        last_payment_amount: 138.05,
        last_payment_date: "2019-04-22",
        last_statement_issue_date: "2019-04-28",
        last_statement_balance: 1708.77,
        loan_name: "Consolidation",
        loan_status: {
          end_date: "2032-07-28",
          type: "repayment",
        },
        minimum_payment_amount: 25,
        next_payment_due_date: "2019-05-28",
        origination_date: "2002-08-28",
        origination_principal_amount: 25000,
        outstanding_interest_amount: 6227.36,
        payment_reference_number: "4277075694",
        pslf_status: {
          estimated_eligibility_date: null,
          payments_made: null,
          payments_remaining: null,
        },
        repayment_plan: {
          description: "Standard Repayment",
          type: "standard",
        },
        sequence_number: "1",
        servicer_address: {
          city: "San Matias",
          country: "US",
          postal_code: "99415",
          region: "CA",
          street: "123 Relaxation Road",
        },
        ytd_interest_paid: 280.55,
        ytd_principal_paid: 271.65,
      },
    ],
  },
  request_id: "dTnnm60WgKGLnKL",
});

// POST /payment_initiation/recipient/create: 200 example example-1
example<paths["/payment_initiation/recipient/create"]["post"]["responses"][200]["content"]["application/json"]>()({
  recipient_id: "recipient-id-sandbox-9b6b4679-914b-445b-9450-efbdb80296f6",
  request_id: "4zlKapIkTm8p5KM",
});

// POST /payment_initiation/payment/reverse: 200 example example-1
example<paths["/payment_initiation/payment/reverse"]["post"]["responses"][200]["content"]["application/json"]>()({
  refund_id: "wallet-transaction-id-production-c5f8cd31-6cae-4cad-9b0d-f7c10be9cc4b",
  request_id: "HtlKzBX0fMeF7mU",
  status: "INITIATED",
});

// POST /payment_initiation/recipient/get: 200 example example-1
example<paths["/payment_initiation/recipient/get"]["post"]["responses"][200]["content"]["application/json"]>()({
  recipient_id: "recipient-id-sandbox-9b6b4679-914b-445b-9450-efbdb80296f6",
  name: "Wonder Wallet",
  iban: "GB29NWBK60161331926819",
  address: {
    street: [
      "96 Guild Street",
      "9th Floor",
    ],
    city: "London",
    postal_code: "SE14 8JW",
    country: "GB",
  },
  request_id: "4zlKapIkTm8p5KM",
});

// POST /payment_initiation/recipient/list: 200 example example-1
example<paths["/payment_initiation/recipient/list"]["post"]["responses"][200]["content"]["application/json"]>()({
  recipients: [
    {
      recipient_id: "recipient-id-sandbox-9b6b4679-914b-445b-9450-efbdb80296f6",
      name: "Wonder Wallet",
      iban: "GB29NWBK60161331926819",
      address: {
        street: [
          "96 Guild Street",
          "9th Floor",
        ],
        city: "London",
        postal_code: "SE14 8JW",
        country: "GB",
      },
    },
  ],
  next_cursor: "YWJjMTIzIT8kKiYoKSctPUE",
  request_id: "4zlKapIkTm8p5KM",
});

// POST /payment_initiation/payment/create: 200 example example-1
example<paths["/payment_initiation/payment/create"]["post"]["responses"][200]["content"]["application/json"]>()({
  payment_id: "payment-id-sandbox-feca8a7a-5591-4aef-9297-f3062bb735d3",
  status: "PAYMENT_STATUS_INPUT_NEEDED",
  request_id: "4ciYVmesrySiUAB",
});

// POST /payment_initiation/payment/token/create: 200 example example-1
example<paths["/payment_initiation/payment/token/create"]["post"]["responses"][200]["content"]["application/json"]>()({
  payment_token: "payment-token-sandbox-feca8a7a-5591-4aef-9297-f3062bb735d3",
  payment_token_expiration_time: "2020-01-01T00:00:00Z",
  request_id: "4ciYVmesrySiUAB",
});

// POST /payment_initiation/consent/create: 200 example example-1
example<paths["/payment_initiation/consent/create"]["post"]["responses"][200]["content"]["application/json"]>()({
  consent_id: "consent-id-production-feca8a7a-5491-4444-9999-f3062bb735d3",
  status: "UNAUTHORISED",
  request_id: "4ciYmmesdqSiUAB",
});

// POST /payment_initiation/consent/get: 200 example example-1
example<paths["/payment_initiation/consent/get"]["post"]["responses"][200]["content"]["application/json"]>()({
  request_id: "4ciYuuesdqSiUAB",
  consent_id: "consent-id-production-feca8a7a-5491-4aef-9298-f3062bb735d3",
  status: "AUTHORISED",
  created_at: "2021-10-30T15:26:48Z",
  recipient_id: "recipient-id-production-9b6b4679-914b-445b-9450-efbdb80296f6",
  reference: "ref-00001",
  constraints: {
    valid_date_time: {
      from: "2021-12-25T11:12:13Z",
      to: "2022-12-31T15:26:48Z",
    },
    max_payment_amount: {
      currency: "GBP",
      value: 100,
    },
    periodic_amounts: [
      {
        amount: {
          currency: "GBP",
          value: 300,
        },
        interval: "WEEK",
        alignment: "CALENDAR",
      },
    ],
  },
  type: "SWEEPING",
});

// POST /payment_initiation/consent/revoke: 200 example example-1
example<paths["/payment_initiation/consent/revoke"]["post"]["responses"][200]["content"]["application/json"]>()({
  request_id: "4ciYaaesdqSiUAB",
});

// POST /payment_initiation/consent/payment/execute: 200 example example-1
example<paths["/payment_initiation/consent/payment/execute"]["post"]["responses"][200]["content"]["application/json"]>()({
  payment_id: "payment-id-sandbox-feca8a7a-5591-4aef-9297-f3062bb735d3",
  request_id: "4ciYccesdqSiUAB",
  status: "PAYMENT_STATUS_INITIATED",
});

// POST /sandbox/item/reset_login: 200 example example-1
example<paths["/sandbox/item/reset_login"]["post"]["responses"][200]["content"]["application/json"]>()({
  reset_login: true,
  request_id: "m8MDnv9okwxFNBV",
});

// POST /sandbox/item/application/seed: 200 example example-1
example<paths["/sandbox/item/application/seed"]["post"]["responses"][200]["content"]["application/json"]>()({
  item_id: "9xGbdRaG3gianaxoELGpILQ7drV3RnclMGdKJ",
  request_id: "m8MDnv9okwxFNBV",
});

// POST /sandbox/item/set_verification_status: 200 example example-1
example<paths["/sandbox/item/set_verification_status"]["post"]["responses"][200]["content"]["application/json"]>()({
  request_id: "1vwmF5TBQwiqfwP",
});

// POST /sandbox/user/reset_login: 200 example example-1
example<paths["/sandbox/user/reset_login"]["post"]["responses"][200]["content"]["application/json"]>()({
  request_id: "n7XQnv8ozwyFPBC",
});

// POST /item/public_token/exchange: request example from-link
example<NonNullable<paths["/item/public_token/exchange"]["post"]["requestBody"]>["content"]["application/json"]>()({
  public_token: "public-sandbox-b0e2c4ee-a763-4df5-bfe9-46a46bce993d",
});

// POST /item/public_token/exchange: 200 example example-1
example<paths["/item/public_token/exchange"]["post"]["responses"][200]["content"]["application/json"]>()({
  access_token: "access-sandbox-de3ce8ef-33f8-452c-a685-8671031fc0f6",
  item_id: "M5eVJqLnv3tbzdngLDp9FL5OlDNxlNhlE55op",
  request_id: "Aim3b",
});

// POST /item/public_token/create: 200 example example-1
example<paths["/item/public_token/create"]["post"]["responses"][200]["content"]["application/json"]>()({
  public_token: "public-sandbox-b0e2c4ee-a763-4df5-bfe9-46a46bce993d",
  request_id: "Aim3b",
});

// POST /user/create: 200 example example-1
example<paths["/user/create"]["post"]["responses"][200]["content"]["application/json"]>()({
  user_id: "usr_9nSp2KuZ2x4JDw",
  request_id: "Aim3b",
});

// POST /user/create: 200 example example-2
example<paths["/user/create"]["post"]["responses"][200]["content"]["application/json"]>()({
  user_token: "user-sandbox-b0e2c4ee-a763-4df5-bfe9-46a46bce993d",
  user_id: "wz666MBjYWTp2PDzzggYhM6oWWmBb",
  request_id: "Aim3b",
});

// POST /user/create: 201 example example-1
example<paths["/user/create"]["post"]["responses"][201]["content"]["application/json"]>()({
  user_id: "usr_9nSp2KuZ2x4JDw",
  request_id: "Aim3b",
});

// POST /user/get: 200 example example-1
example<paths["/user/get"]["post"]["responses"][200]["content"]["application/json"]>()({
  user_id: "usr_8c6ZbDAYjacUXF",
  client_user_id: "uid_12345",
  created_at: "2019-02-15T15:51:39Z",
  updated_at: "2019-02-15T15:52:39Z",
  request_id: "m8MDnv9okwxFNBV",
  identity: {
    name: {
      given_name: "Alice",
      family_name: "Johnson",
    },
    date_of_birth: "1988-07-22",
    emails: [
      {
        data: "alice.johnson@example.com",
        primary: true,
      },
      {
        data: "alice.j@workmail.com",
        primary: false,
      },
    ],
    phone_numbers: [
      {
        data: "+15551234567",
        primary: true,
      },
      {
        data: "+15559876543",
        primary: false,
      },
    ],
    addresses: [
      {
        street_1: "123 Main St",
        street_2: "Apt 4B",
        city: "Anytown",
        region: "CA",
        country: "US",
        postal_code: "90210",
        primary: true,
      },
    ],
    id_numbers: [
      {
        value: "1234",
        type: "us_ssn_last_4",
      },
    ],
  },
});

// POST /user/identity/remove: 200 example example-1
example<paths["/user/identity/remove"]["post"]["responses"][200]["content"]["application/json"]>()({
  request_id: "Aim3b",
});

// POST /user/update: 200 example example-1
example<paths["/user/update"]["post"]["responses"][200]["content"]["application/json"]>()({
  request_id: "Aim3b",
});

// POST /user/remove: 200 example example-1
example<paths["/user/remove"]["post"]["responses"][200]["content"]["application/json"]>()({
  request_id: "Aim3b",
});

// POST /user/products/terminate: request example example-1
example<NonNullable<paths["/user/products/terminate"]["post"]["requestBody"]>["content"]["application/json"]>()({
  user_id: "usr_8c3ZbDBYjaqUXZ",
  reason_code: "CONSUMER_ACCOUNT_CLOSED",
  reason_note: "User closed account with client.",
});

// POST /user/products/terminate: request example example-2
example<NonNullable<paths["/user/products/terminate"]["post"]["requestBody"]>["content"]["application/json"]>()({
  user_id: "usr_8c3ZbDBYjaqUXZ",
  reason_code: "CONSUMER_LOAN_PAID_OFF",
  reason_note: "Consumer loan has been paid in full.",
});

// POST /user/products/terminate: 200 example example-1
example<paths["/user/products/terminate"]["post"]["responses"][200]["content"]["application/json"]>()({
  request_id: "TxlxEcCmP9HTTT",
});

// POST /user/items/get: request example by-user-id
example<NonNullable<paths["/user/items/get"]["post"]["requestBody"]>["content"]["application/json"]>()({
  user_id: "usr_8c3ZbDBYjaqUXZ",
});

// POST /user/items/get: 200 example example-1
example<paths["/user/items/get"]["post"]["responses"][200]["content"]["application/json"]>()({
  items: [
    {
      available_products: [
        "balance",
        "auth",
      ],
      billed_products: [
        "identity",
        "transactions",
      ],
      error: null,
      institution_id: "ins_109508",
      institution_name: "First Platypus Bank",
      item_id: "Ed6bjNrDLJfGvZWwnkQlfxwoNz54B5C97ejBr",
      update_type: "background",
      webhook: "https://plaid.com/example/hook",
      consent_expiration_time: null,
    },
    {
      available_products: [
        "balance",
        "identity",
        "payment_initiation",
        "transactions",
      ],
      billed_products: [
        "assets",
        "auth",
      ],
      error: null,
      institution_id: "ins_109508",
      institution_name: "First Platypus Bank",
      item_id: "DWVAAPWq4RHGlEaNyGKRTAnPLaEmo8Cvq7na6",
      update_type: "background",
      webhook: "https://plaid.com/example/hook",
      consent_expiration_time: null,
    },
  ],
  request_id: "m8MDnv9okwxFNBV",
});

// POST /user/items/associate: 200 example example-1
example<paths["/user/items/associate"]["post"]["responses"][200]["content"]["application/json"]>()({
  request_id: "m8MDnv9okwxFNBV",
});

// POST /user/items/remove: 200 example example-1
example<paths["/user/items/remove"]["post"]["responses"][200]["content"]["application/json"]>()({
  request_id: "m8MDnv9okwxFNBV",
});

// POST /user/third_party_token/create: 200 example example-1
example<paths["/user/third_party_token/create"]["post"]["responses"][200]["content"]["application/json"]>()({
  request_id: "Aim3b",
  third_party_user_token: "third-party-user-sandbox-b0e2c4ee-a763-4df5-bfe9-46a46bce993d",
});

// POST /user/third_party_token/remove: 200 example example-1
example<paths["/user/third_party_token/remove"]["post"]["responses"][200]["content"]["application/json"]>()({
  request_id: "Aim3b",
  removed: true,
});

// POST /credit/sessions/get: 200 example example-1
example<paths["/credit/sessions/get"]["post"]["responses"][200]["content"]["application/json"]>()({
  request_id: "Aim3b",
  sessions: [
    {
      link_session_id: "356dbb28-7f98-44d1-8e6d-0cec580f3171",
      results: {
        item_add_results: [
          {
            public_token: "public-sandbox-5c224a01-8314-4491-a06f-39e193d5cddc",
            item_id: "M5eVJqLnv3tbzdngLDp9FL5OlDNxlNhlE55op",
            institution_id: "ins_56",
          },
        ],
        bank_income_results: [
          {
            status: "APPROVED",
            item_id: "M5eVJqLnv3tbzdngLDp9FL5OlDNxlNhlE55op",
            institution_id: "ins_56",
          },
        ],
      },
      session_start_time: "2022-09-30T23:40:30.946225Z",
    },
    {
      link_session_id: "f742cae8-31e4-49cc-a621-6cafbdb26fb9",
      results: {
        payroll_income_results: [
          {
            num_paystubs_retrieved: 2,
            num_w2s_retrieved: 1,
            institution_id: "ins_92",
          },
        ],
      },
      session_start_time: "2022-09-26T23:40:30.946225Z",
    },
  ],
});

// POST /payment_initiation/payment/get: 200 example example-1
example<paths["/payment_initiation/payment/get"]["post"]["responses"][200]["content"]["application/json"]>()({
  payment_id: "payment-id-sandbox-feca8a7a-5591-4aef-9297-f3062bb735d3",
  reference: "Account Funding 99744",
  amount: {
    currency: "GBP",
    value: 100,
  },
  status: "PAYMENT_STATUS_INITIATED",
  last_status_update: "2019-11-06T21:10:52Z",
  recipient_id: "recipient-id-sandbox-9b6b4679-914b-445b-9450-efbdb80296f6",
  bacs: {
    account: "31926819",
    account_id: "vzeNDwK7KQIm4yEog683uElbp9GRLEFXGK98D",
    sort_code: "601613",
  },
  end_to_end_id: "sptch8cde8390bfd363888",
  iban: null,
  request_id: "aEAQmewMzlVa1k6",
});

// POST /payment_initiation/payment/list: 200 example example-1
example<paths["/payment_initiation/payment/list"]["post"]["responses"][200]["content"]["application/json"]>()({
  payments: [
    {
      payment_id: "payment-id-sandbox-feca8a7a-5581-4aef-9297-f3062bb735d3",
      reference: "Account Funding 99744",
      amount: {
        currency: "GBP",
        value: 100,
      },
      status: "PAYMENT_STATUS_EXECUTED",
      last_status_update: "2019-11-06T21:10:52Z",
      recipient_id: "recipient-id-sandbox-9b6b4679-914b-445b-9450-efbdb80296f6",
      bacs: {
        account: "31926819",
        account_id: "vzeNDwK7KQIm4yEog683uElbp9GRLEFXGK98D",
        sort_code: "601613",
      },
      iban: "null,",
      end_to_end_id: "sptch8cde8390bfd363888,",
    },
  ],
  next_cursor: "2020-01-01T00:00:00Z",
  request_id: "aEAQmewMzlVa1k6",
});

// POST /investments/holdings/get: 200 example example-1
example<paths["/investments/holdings/get"]["post"]["responses"][200]["content"]["application/json"]>()({
  accounts: [
    {
      account_id: "5Bvpj4QknlhVWk7GygpwfVKdd133GoCxB814g",
      balances: {
        available: 43200,
        current: 43200,
        iso_currency_code: "USD",
        limit: null,
        margin_loan_amount: null,
        unofficial_currency_code: null,
      },
      mask: "4444",
      name: "Plaid Money Market",
      official_name: "Plaid Platinum Standard 1.85% Interest Money Market",
      subtype: "money market",
      type: "depository",
    },
    {
      account_id: "JqMLm4rJwpF6gMPJwBqdh9ZjjPvvpDcb7kDK1",
      balances: {
        available: null,
        current: 110.01,
        iso_currency_code: "USD",
        limit: null,
        margin_loan_amount: null,
        unofficial_currency_code: null,
      },
      mask: "5555",
      name: "Plaid IRA",
      official_name: null,
      subtype: "ira",
      type: "investment",
    },
    {
      account_id: "k67E4xKvMlhmleEa4pg9hlwGGNnnEeixPolGm",
      balances: {
        available: null,
        current: 24580.0605,
        iso_currency_code: "USD",
        limit: null,
        margin_loan_amount: null,
        unofficial_currency_code: null,
      },
      mask: "6666",
      name: "Plaid 401k",
      official_name: null,
      subtype: "401k",
      type: "investment",
    },
    {
      account_id: "ax0xgOBYRAIqOOjeLZr0iZBb8r6K88HZXpvmq",
      balances: {
        available: 48200.03,
        current: 48200.03,
        iso_currency_code: "USD",
        limit: null,
        margin_loan_amount: null,
        unofficial_currency_code: null,
      },
      mask: "4092",
      name: "Plaid Crypto Exchange Account",
      official_name: null,
      subtype: "crypto exchange",
      type: "investment",
    },
  ],
  holdings: [
    {
      account_id: "JqMLm4rJwpF6gMPJwBqdh9ZjjPvvpDcb7kDK1",
      cost_basis: 1,
      institution_price: 1,
      institution_price_as_of: "2021-04-13",
      institution_price_datetime: null,
      institution_value: 0.01,
      iso_currency_code: "USD",
      quantity: 0.01,
      security_id: "d6ePmbPxgWCWmMVv66q9iPV94n91vMtov5Are",
      unofficial_currency_code: null,
      vested_quantity: null,
      vested_value: null,
    },
    {
      account_id: "k67E4xKvMlhmleEa4pg9hlwGGNnnEeixPolGm",
      cost_basis: 1.5,
      institution_price: 2.11,
      institution_price_as_of: "2021-04-13",
      institution_price_datetime: null,
      institution_value: 2.11,
      iso_currency_code: "USD",
      quantity: 1,
      security_id: "KDwjlXj1Rqt58dVvmzRguxJybmyQL8FgeWWAy",
      unofficial_currency_code: null,
      vested_quantity: null,
      vested_value: null,
    },
    {
      account_id: "k67E4xKvMlhmleEa4pg9hlwGGNnnEeixPolGm",
      cost_basis: 10,
      institution_price: 10.42,
      institution_price_as_of: "2021-04-13",
      institution_price_datetime: null,
      institution_value: 20.84,
      iso_currency_code: "USD",
      quantity: 2,
      security_id: "NDVQrXQoqzt5v3bAe8qRt4A7mK7wvZCLEBBJk",
      unofficial_currency_code: null,
      vested_quantity: null,
      vested_value: null,
    },
    {
      account_id: "JqMLm4rJwpF6gMPJwBqdh9ZjjPvvpDcb7kDK1",
      cost_basis: 0.01,
      institution_price: 0.011,
      institution_price_as_of: "2021-04-13",
      institution_price_datetime: null,
      institution_value: 110,
      iso_currency_code: "USD",
      quantity: 10000,
      security_id: "8E4L9XLl6MudjEpwPAAgivmdZRdBPJuvMPlPb",
      unofficial_currency_code: null,
      vested_quantity: null,
      vested_value: null,
    },
    {
      account_id: "k67E4xKvMlhmleEa4pg9hlwGGNnnEeixPolGm",
      cost_basis: 23,
      institution_price: 27,
      institution_price_as_of: "2021-04-13",
      institution_price_datetime: null,
      institution_value: 636.309,
      iso_currency_code: "USD",
      quantity: 23.567,
      security_id: "JDdP7XPMklt5vwPmDN45t3KAoWAPmjtpaW7DP",
      unofficial_currency_code: null,
      vested_quantity: null,
      vested_value: null,
    },
    {
      account_id: "k67E4xKvMlhmleEa4pg9hlwGGNnnEeixPolGm",
      cost_basis: 15,
      institution_price: 13.73,
      institution_price_as_of: "2021-04-13",
      institution_price_datetime: null,
      institution_value: 1373.6865,
      iso_currency_code: "USD",
      quantity: 100.05,
      security_id: "nnmo8doZ4lfKNEDe3mPJipLGkaGw3jfPrpxoN",
      unofficial_currency_code: null,
      vested_quantity: null,
      vested_value: null,
    },
    {
      account_id: "k67E4xKvMlhmleEa4pg9hlwGGNnnEeixPolGm",
      cost_basis: 948.08,
      institution_price: 94.808,
      institution_price_as_of: "2021-04-13",
      institution_price_datetime: null,
      institution_value: 948.08,
      iso_currency_code: "USD",
      quantity: 10,
      security_id: "Lxe4yz4XQEtwb2YArO7RFMpPDvPxy7FALRyea",
      unofficial_currency_code: null,
      vested_quantity: null,
      vested_value: null,
    },
    {
      account_id: "k67E4xKvMlhmleEa4pg9hlwGGNnnEeixPolGm",
      cost_basis: 1,
      institution_price: 1,
      institution_price_as_of: "2021-04-13",
      institution_price_datetime: null,
      institution_value: 12345.67,
      iso_currency_code: "USD",
      quantity: 12345.67,
      security_id: "d6ePmbPxgWCWmMVv66q9iPV94n91vMtov5Are",
      unofficial_currency_code: null,
      vested_quantity: null,
      vested_value: null,
    },
    {
      account_id: "ax0xgOBYRAIqOOjeLZr0iZBb8r6K88HZXpvmq",
      cost_basis: 92.47,
      institution_price: 0.177494362,
      institution_price_as_of: "2022-01-14",
      institution_price_datetime: "2022-06-07T23:01:00Z",
      institution_value: 4437.35905,
      iso_currency_code: "USD",
      quantity: 25000,
      security_id: "vLRMV3MvY1FYNP91on35CJD5QN5rw9Fpa9qOL",
      unofficial_currency_code: null,
      vested_quantity: null,
      vested_value: null,
    },
  ],
  item: {
    available_products: [
      "balance",
      "identity",
      "liabilities",
      "transactions",
    ],
    billed_products: [
      "assets",
      "auth",
      "investments",
    ],
    consent_expiration_time: null,
    error: null,
    institution_id: "ins_3",
    institution_name: "Chase",
    item_id: "4z9LPae1nRHWy8pvg9jrsgbRP4ZNQvIdbLq7g",
    update_type: "background",
    webhook: "https://www.genericwebhookurl.com/webhook",
    auth_method: "INSTANT_AUTH",
  },
  request_id: "l68wb8zpS0hqmsJ",
  securities: [
    {
      close_price: 0.011,
      close_price_as_of: "2021-04-13",
      cusip: null,
      institution_id: null,
      institution_security_id: null,
      is_cash_equivalent: false,
      isin: null,
      iso_currency_code: "USD",
      name: "Nflx Feb 01'18 $355 Call",
      proxy_security_id: null,
      security_id: "8E4L9XLl6MudjEpwPAAgivmdZRdBPJuvMPlPb",
      sedol: null,
      ticker_symbol: "NFLX180201C00355000",
      type: "derivative",
      subtype: "option",
      unofficial_currency_code: null,
      update_datetime: null,
      market_identifier_code: "XNAS",
      sector: "Technology Services",
      industry: "Internet Software or Services",
      cfi_code: "OCASPS",
      option_contract: {
        contract_type: "call",
        expiration_date: "2018-02-01",
        strike_price: 355,
        underlying_security_ticker: "NFLX",
      },
      fixed_income: null,
    },
    {
      close_price: 27,
      close_price_as_of: null,
      cusip: "577130834",
      institution_id: null,
      institution_security_id: null,
      is_cash_equivalent: false,
      isin: "US5771308344",
      iso_currency_code: "USD",
      name: "Matthews Pacific Tiger Fund Insti Class",
      proxy_security_id: null,
      security_id: "JDdP7XPMklt5vwPmDN45t3KAoWAPmjtpaW7DP",
      sedol: null,
      ticker_symbol: "MIPTX",
      type: "mutual fund",
      subtype: "mutual fund",
      unofficial_currency_code: null,
      update_datetime: null,
      market_identifier_code: "XNAS",
      sector: "Miscellaneous",
      industry: "Investment Trusts or Mutual Funds",
      cfi_code: "CIOGES",
      option_contract: null,
      fixed_income: null,
    },
    {
      close_price: 2.11,
      close_price_as_of: null,
      cusip: "00448Q201",
      institution_id: null,
      institution_security_id: null,
      is_cash_equivalent: false,
      isin: "US00448Q2012",
      iso_currency_code: "USD",
      name: "Achillion Pharmaceuticals Inc.",
      proxy_security_id: null,
      security_id: "KDwjlXj1Rqt58dVvmzRguxJybmyQL8FgeWWAy",
      sedol: null,
      ticker_symbol: "ACHN",
      type: "equity",
      subtype: "common stock",
      unofficial_currency_code: null,
      update_datetime: null,
      market_identifier_code: "XNAS",
      sector: "Health Technology",
      industry: "Major Pharmaceuticals",
      cfi_code: "ESVUFR",
      option_contract: null,
      fixed_income: null,
    },
    {
      close_price: 10.42,
      close_price_as_of: null,
      cusip: "258620103",
      institution_id: null,
      institution_security_id: null,
      is_cash_equivalent: false,
      isin: "US2586201038",
      iso_currency_code: "USD",
      name: "DoubleLine Total Return Bond Fund",
      proxy_security_id: null,
      security_id: "NDVQrXQoqzt5v3bAe8qRt4A7mK7wvZCLEBBJk",
      sedol: null,
      ticker_symbol: "DBLTX",
      type: "mutual fund",
      subtype: "mutual fund",
      unofficial_currency_code: null,
      update_datetime: null,
      market_identifier_code: "XNAS",
      sector: null,
      industry: null,
      cfi_code: "CIOIBS",
      option_contract: null,
      fixed_income: null,
    },
    {
      close_price: 1,
      close_price_as_of: null,
      cusip: null,
      institution_id: null,
      institution_security_id: null,
      is_cash_equivalent: true,
      isin: null,
      iso_currency_code: "USD",
      name: "U S Dollar",
      proxy_security_id: null,
      security_id: "d6ePmbPxgWCWmMVv66q9iPV94n91vMtov5Are",
      sedol: null,
      ticker_symbol: "USD",
      type: "cash",
      subtype: "cash",
      unofficial_currency_code: null,
      update_datetime: null,
      market_identifier_code: null,
      sector: null,
      industry: null,
      cfi_code: null,
      option_contract: null,
      fixed_income: null,
    },
    {
      close_price: 13.73,
      close_price_as_of: null,
      cusip: null,
      institution_id: "ins_3",
      institution_security_id: "NHX105509",
      is_cash_equivalent: false,
      isin: null,
      iso_currency_code: "USD",
      name: "NH PORTFOLIO 1055 (FIDELITY INDEX)",
      proxy_security_id: null,
      security_id: "nnmo8doZ4lfKNEDe3mPJipLGkaGw3jfPrpxoN",
      sedol: null,
      ticker_symbol: "NHX105509",
      type: "etf",
      subtype: "etf",
      unofficial_currency_code: null,
      update_datetime: null,
      market_identifier_code: "XNAS",
      sector: null,
      industry: null,
      cfi_code: null,
      option_contract: null,
      fixed_income: null,
    },
    {
      close_price: 94.808,
      close_price_as_of: "2023-11-02",
      cusip: "912797HE0",
      institution_id: null,
      institution_security_id: null,
      is_cash_equivalent: false,
      isin: null,
      iso_currency_code: "USD",
      name: "US Treasury Bill - 5.43% 31/10/2024 USD 100",
      proxy_security_id: null,
      security_id: "Lxe4yz4XQEtwb2YArO7RFMpPDvPxy7FALRyea",
      sedol: null,
      ticker_symbol: null,
      type: "fixed income",
      subtype: "bill",
      unofficial_currency_code: null,
      update_datetime: null,
      market_identifier_code: null,
      sector: "Government",
      industry: "Sovereign Government",
      cfi_code: "DYZTXR",
      option_contract: null,
      fixed_income: {
        face_value: 100,
        issue_date: "2023-11-02",
        maturity_date: "2024-10-31",
        yield_rate: {
          percentage: 5.43,
          type: "coupon_equivalent",
        },
      },
    },
    {
      close_price: 0.140034616,
      close_price_as_of: "2022-01-24",
      cusip: null,
      institution_id: "ins_3",
      institution_security_id: null,
      is_cash_equivalent: true,
      isin: null,
      iso_currency_code: "USD",
      name: "Dogecoin",
      proxy_security_id: null,
      security_id: "vLRMV3MvY1FYNP91on35CJD5QN5rw9Fpa9qOL",
      sedol: null,
      ticker_symbol: "DOGE",
      type: "cryptocurrency",
      subtype: "cryptocurrency",
      unofficial_currency_code: null,
      update_datetime: "2022-06-07T23:01:00Z",
      market_identifier_code: "XNAS",
      sector: null,
      industry: null,
      cfi_code: null,
      option_contract: null,
      fixed_income: null,
    },
  ],
});

// POST /investments/transactions/get: 200 example example-1
example<paths["/investments/transactions/get"]["post"]["responses"][200]["content"]["application/json"]>()({
  accounts: [
    {
      account_id: "5e66Dl6jNatx3nXPGwZ7UkJed4z6KBcZA4Rbe",
      balances: {
        available: 100,
        current: 110,
        iso_currency_code: "USD",
        limit: null,
        margin_loan_amount: null,
        unofficial_currency_code: null,
      },
      mask: "0000",
      name: "Plaid Checking",
      official_name: "Plaid Gold Standard 0% Interest Checking",
      subtype: "checking",
      type: "depository",
    },
    {
      account_id: "KqZZMoZmBWHJlz7yKaZjHZb78VNpaxfVa7e5z",
      balances: {
        available: null,
        current: 320.76,
        iso_currency_code: "USD",
        limit: null,
        margin_loan_amount: null,
        unofficial_currency_code: null,
      },
      mask: "5555",
      name: "Plaid IRA",
      official_name: null,
      subtype: "ira",
      type: "investment",
    },
    {
      account_id: "rz99ex9ZQotvnjXdgQLEsR81e3ArPgulVWjGj",
      balances: {
        available: null,
        current: 23631.9805,
        iso_currency_code: "USD",
        limit: null,
        margin_loan_amount: null,
        unofficial_currency_code: null,
      },
      mask: "6666",
      name: "Plaid 401k",
      official_name: null,
      subtype: "401k",
      type: "investment",
    },
  ],
  investment_transactions: [
    {
      account_id: "rz99ex9ZQotvnjXdgQLEsR81e3ArPgulVWjGj",
      amount: -8.72,
      cancel_transaction_id: null,
      date: "2020-05-29",
      transaction_datetime: null,
      fees: 0,
      investment_transaction_id: "oq99Pz97joHQem4BNjXECev1E4B6L6sRzwANW",
      iso_currency_code: "USD",
      name: "INCOME DIV DIVIDEND RECEIVED",
      price: 0,
      quantity: 0,
      security_id: "eW4jmnjd6AtjxXVrjmj6SX1dNEdZp3Cy8RnRQ",
      subtype: "dividend",
      type: "cash",
      unofficial_currency_code: null,
    },
    {
      account_id: "rz99ex9ZQotvnjXdgQLEsR81e3ArPgulVWjGj",
      amount: -1289.01,
      cancel_transaction_id: null,
      date: "2020-05-28",
      transaction_datetime: "2020-05-28T15:10:09Z",
      fees: 7.99,
      investment_transaction_id: "pK99jB9e7mtwjA435GpVuMvmWQKVbVFLWme57",
      iso_currency_code: "USD",
      name: "SELL Matthews Pacific Tiger Fund Insti Class",
      price: 27.53,
      quantity: -47.74104242992852,
      security_id: "JDdP7XPMklt5vwPmDN45t3KAoWAPmjtpaW7DP",
      subtype: "sell",
      type: "sell",
      unofficial_currency_code: null,
    },
    {
      account_id: "rz99ex9ZQotvnjXdgQLEsR81e3ArPgulVWjGj",
      amount: 7.7,
      cancel_transaction_id: null,
      date: "2020-05-27",
      transaction_datetime: "2020-05-27T17:23:22Z",
      fees: 7.99,
      investment_transaction_id: "LKoo1ko93wtreBwM7yQnuQ3P5DNKbKSPRzBNv",
      iso_currency_code: "USD",
      name: "BUY DoubleLine Total Return Bond Fund",
      price: 10.42,
      quantity: 0.7388014749727547,
      security_id: "NDVQrXQoqzt5v3bAe8qRt4A7mK7wvZCLEBBJk",
      subtype: "buy",
      type: "buy",
      unofficial_currency_code: null,
    },
  ],
  item: {
    available_products: [
      "assets",
      "balance",
      "identity",
      "transactions",
    ],
    billed_products: [
      "auth",
      "investments",
    ],
    consent_expiration_time: null,
    error: null,
    institution_id: "ins_12",
    item_id: "8Mqq5rqQ7Pcxq9MGDv3JULZ6yzZDLMCwoxGDq",
    update_type: "background",
    webhook: "https://www.genericwebhookurl.com/webhook",
  },
  request_id: "iv4q3ZlytOOthkv",
  securities: [
    {
      close_price: 27,
      close_price_as_of: null,
      cusip: "577130834",
      institution_id: null,
      institution_security_id: null,
      is_cash_equivalent: false,
      isin: "US5771308344",
      iso_currency_code: "USD",
      name: "Matthews Pacific Tiger Fund Insti Class",
      proxy_security_id: null,
      security_id: "JDdP7XPMklt5vwPmDN45t3KAoWAPmjtpaW7DP",
      sedol: null,
      ticker_symbol: "MIPTX",
      type: "mutual fund",
      subtype: "mutual fund",
      unofficial_currency_code: null,
      update_datetime: null,
      market_identifier_code: "XNAS",
      sector: "Miscellaneous",
      industry: "Investment Trusts or Mutual Funds",
      cfi_code: "CIOGES",
      option_contract: null,
      fixed_income: null,
    },
    {
      close_price: 10.42,
      close_price_as_of: null,
      cusip: "258620103",
      institution_id: null,
      institution_security_id: null,
      is_cash_equivalent: false,
      isin: "US2586201038",
      iso_currency_code: "USD",
      name: "DoubleLine Total Return Bond Fund",
      proxy_security_id: null,
      security_id: "NDVQrXQoqzt5v3bAe8qRt4A7mK7wvZCLEBBJk",
      sedol: null,
      ticker_symbol: "DBLTX",
      type: "mutual fund",
      subtype: "mutual fund",
      unofficial_currency_code: null,
      update_datetime: null,
      market_identifier_code: "XNAS",
      sector: null,
      industry: null,
      cfi_code: "CIOIBS",
      option_contract: null,
      fixed_income: null,
    },
    {
      close_price: 34.73,
      close_price_as_of: null,
      cusip: "84470P109",
      institution_id: null,
      institution_security_id: null,
      is_cash_equivalent: false,
      isin: "US84470P1093",
      iso_currency_code: "USD",
      name: "Southside Bancshares Inc.",
      proxy_security_id: null,
      security_id: "eW4jmnjd6AtjxXVrjmj6SX1dNEdZp3Cy8RnRQ",
      sedol: null,
      ticker_symbol: "SBSI",
      type: "equity",
      subtype: "common stock",
      unofficial_currency_code: null,
      update_datetime: null,
      market_identifier_code: "XNAS",
      sector: "Finance",
      industry: "Regional Banks",
      cfi_code: "ESVUFR",
      option_contract: null,
      fixed_income: null,
    },
  ],
  total_investment_transactions: 3,
});

// POST /investments/refresh: 200 example example-1
example<paths["/investments/refresh"]["post"]["responses"][200]["content"]["application/json"]>()({
  request_id: "1vwmF5TBQwiqfwP",
});

// POST /investments/auth/get: 200 example example-1
example<paths["/investments/auth/get"]["post"]["responses"][200]["content"]["application/json"]>()({
  accounts: [
    {
      account_id: "31qEA6LPwGumkA4Z5mGbfyGwr4mL6nSZlQqpZ",
      balances: {
        available: 43200,
        current: 43200,
        iso_currency_code: "USD",
        limit: null,
        margin_loan_amount: null,
        unofficial_currency_code: null,
      },
      mask: "4444",
      name: "Plaid Money Market",
      official_name: "Plaid Platinum Standard 1.85% Interest Money Market",
      subtype: "money market",
      type: "depository",
    },
    {
      account_id: "xlP8npRxwgCj48LQbjxWipkeL3gbyXf64knoy",
      balances: {
        available: null,
        current: 415.57,
        iso_currency_code: "USD",
        limit: null,
        margin_loan_amount: null,
        unofficial_currency_code: null,
      },
      mask: "5555",
      name: "Plaid IRA",
      official_name: null,
      subtype: "ira",
      type: "investment",
    },
  ],
  holdings: [
    {
      account_id: "xlP8npRxwgCj48LQbjxWipkeL3gbyXf64knoy",
      cost_basis: 1,
      institution_price: 1,
      institution_price_as_of: "2021-05-25",
      institution_price_datetime: null,
      institution_value: 0.01,
      iso_currency_code: "USD",
      quantity: 0.01,
      security_id: "d6ePmbPxgWCWmMVv66q9iPV94n91vMtov5Are",
      unofficial_currency_code: null,
      vested_quantity: 1,
      vested_value: 1,
    },
    {
      account_id: "xlP8npRxwgCj48LQbjxWipkeL3gbyXf64knoy",
      cost_basis: 0.01,
      institution_price: 0.011,
      institution_price_as_of: "2021-05-25",
      institution_price_datetime: null,
      institution_value: 110,
      iso_currency_code: "USD",
      quantity: 10000,
      security_id: "8E4L9XLl6MudjEpwPAAgivmdZRdBPJuvMPlPb",
      unofficial_currency_code: null,
      vested_quantity: null,
      vested_value: null,
    },
    {
      account_id: "xlP8npRxwgCj48LQbjxWipkeL3gbyXf64knoy",
      cost_basis: 94.808,
      institution_price: 94.808,
      institution_price_as_of: "2021-04-13",
      institution_price_datetime: null,
      institution_value: 94.808,
      iso_currency_code: "USD",
      quantity: 1,
      security_id: "Lxe4yz4XQEtwb2YArO7RFMpPDvPxy7FALRyea",
      unofficial_currency_code: null,
      vested_quantity: null,
      vested_value: null,
    },
    {
      account_id: "xlP8npRxwgCj48LQbjxWipkeL3gbyXf64knoy",
      cost_basis: 40,
      institution_price: 42.15,
      institution_price_as_of: "2021-05-25",
      institution_price_datetime: null,
      institution_value: 210.75,
      iso_currency_code: "USD",
      quantity: 5,
      security_id: "abJamDazkgfvBkVGgnnLUWXoxnomp5up8llg4",
      unofficial_currency_code: null,
      vested_quantity: 7,
      vested_value: 66,
    },
  ],
  item: {
    available_products: [
      "assets",
      "balance",
      "beacon",
      "cra_base_report",
      "cra_income_insights",
      "signal",
      "identity",
      "identity_match",
      "income",
      "income_verification",
      "investments",
      "processor_identity",
      "recurring_transactions",
      "transactions",
    ],
    billed_products: [
      "investments_auth",
    ],
    consent_expiration_time: null,
    error: null,
    institution_id: "ins_115616",
    institution_name: "Vanguard",
    item_id: "7qBnDwLP3aIZkD7NKZ5ysk5X9xVxDWHg65oD5",
    products: [
      "investments_auth",
    ],
    update_type: "background",
    webhook: "https://www.genericwebhookurl.com/webhook",
  },
  numbers: {
    acats: [
      {
        account: "TR5555",
        account_id: "xlP8npRxwgCj48LQbjxWipkeL3gbyXf64knoy",
        dtc_numbers: [
          "1111",
          "2222",
          "3333",
        ],
      },
    ],
  },
  owners: [
    {
      account_id: "31qEA6LPwGumkA4Z5mGbfyGwr4mL6nSZlQqpZ",
      names: [
        "Alberta Bobbeth Charleson",
      ],
    },
    {
      account_id: "xlP8npRxwgCj48LQbjxWipkeL3gbyXf64knoy",
      names: [
        "Alberta Bobbeth Charleson",
      ],
    },
  ],
  request_id: "hPCXou4mm9Qwzzu",
  securities: [
    {
      close_price: 0.011,
      close_price_as_of: null,
      cusip: null,
      cfi_code: "OCASPS",
      industry: null,
      institution_id: null,
      institution_security_id: null,
      is_cash_equivalent: false,
      isin: null,
      iso_currency_code: "USD",
      market_identifier_code: null,
      name: "Nflx Feb 01'18 $355 Call",
      option_contract: null,
      fixed_income: null,
      proxy_security_id: null,
      sector: null,
      security_id: "8E4L9XLl6MudjEpwPAAgivmdZRdBPJuvMPlPb",
      sedol: null,
      ticker_symbol: "NFLX180201C00355000",
      type: "derivative",
      subtype: "option",
      unofficial_currency_code: null,
      update_datetime: null,
    },
    {
      close_price: 94.808,
      close_price_as_of: "2023-11-02",
      cusip: "912797HE0",
      cfi_code: "DYZTXR",
      fixed_income: {
        face_value: 100,
        issue_date: "2023-11-02",
        maturity_date: "2024-10-31",
        yield_rate: {
          percentage: 5.43,
          type: "coupon_equivalent",
        },
      },
      industry: "Sovereign Government",
      institution_id: null,
      institution_security_id: null,
      is_cash_equivalent: false,
      isin: null,
      iso_currency_code: "USD",
      market_identifier_code: null,
      name: "US Treasury Bill - 5.43% 31/10/2024 USD 100",
      option_contract: null,
      proxy_security_id: null,
      sector: "Government",
      security_id: "Lxe4yz4XQEtwb2YArO7RFMpPDvPxy7FALRyea",
      sedol: null,
      ticker_symbol: null,
      type: "fixed income",
      subtype: "bill",
      unofficial_currency_code: null,
      update_datetime: null,
    },
    {
      close_price: 9.08,
      close_price_as_of: "2024-09-09",
      cusip: null,
      cfi_code: "CIOIBS",
      fixed_income: null,
      industry: "Investment Trusts or Mutual Funds",
      institution_id: null,
      institution_security_id: null,
      is_cash_equivalent: false,
      isin: null,
      iso_currency_code: "USD",
      market_identifier_code: null,
      name: "DoubleLine Total Return Bond I",
      option_contract: null,
      proxy_security_id: null,
      sector: "Miscellaneous",
      security_id: "AE5rBXra1AuZLE34rkvvIyG8918m3wtRzElnJ",
      sedol: null,
      ticker_symbol: "DBLTX",
      type: "mutual fund",
      subtype: "mutual fund",
      unofficial_currency_code: null,
      update_datetime: null,
    },
    {
      close_price: 42.15,
      close_price_as_of: null,
      cusip: null,
      cfi_code: "CEOIES",
      fixed_income: null,
      industry: null,
      institution_id: null,
      institution_security_id: null,
      is_cash_equivalent: false,
      isin: null,
      iso_currency_code: "USD",
      market_identifier_code: null,
      name: "iShares Inc MSCI Brazil",
      option_contract: null,
      proxy_security_id: null,
      sector: null,
      security_id: "abJamDazkgfvBkVGgnnLUWXoxnomp5up8llg4",
      sedol: null,
      ticker_symbol: "EWZ",
      type: "etf",
      subtype: "etf",
      unofficial_currency_code: null,
      update_datetime: null,
    },
    {
      close_price: 1,
      close_price_as_of: null,
      cusip: null,
      cfi_code: null,
      fixed_income: null,
      industry: null,
      institution_id: null,
      institution_security_id: null,
      is_cash_equivalent: true,
      isin: null,
      iso_currency_code: "USD",
      market_identifier_code: null,
      name: "U S Dollar",
      option_contract: null,
      proxy_security_id: null,
      sector: null,
      security_id: "d6ePmbPxgWCWmMVv66q9iPV94n91vMtov5Are",
      sedol: null,
      ticker_symbol: null,
      type: "cash",
      subtype: "cash",
      unofficial_currency_code: null,
      update_datetime: null,
    },
  ],
  data_sources: {
    numbers: "INSTITUTION",
    owners: "INSTITUTION",
    holdings: "INSTITUTION",
  },
});

// POST /processor/token/create: 200 example example-1
example<paths["/processor/token/create"]["post"]["responses"][200]["content"]["application/json"]>()({
  processor_token: "processor-sandbox-0asd1-a92nc",
  request_id: "xrQNYZ7Zoh6R7gV",
});

// POST /processor/token/permissions/set: 200 example example-1
example<paths["/processor/token/permissions/set"]["post"]["responses"][200]["content"]["application/json"]>()({
  request_id: "xrQNYZ7Zoh6R7gV",
});

// POST /processor/token/permissions/get: 200 example example-1
example<paths["/processor/token/permissions/get"]["post"]["responses"][200]["content"]["application/json"]>()({
  request_id: "xrQNYZ7Zoh6R7gV",
  products: [
    "auth",
    "balance",
    "identity",
  ],
});

// POST /processor/token/webhook/update: 200 example example-1
example<paths["/processor/token/webhook/update"]["post"]["responses"][200]["content"]["application/json"]>()({
  request_id: "vYK11LNTfRoAMbj",
});

// POST /processor/stripe/bank_account_token/create: 200 example example-1
example<paths["/processor/stripe/bank_account_token/create"]["post"]["responses"][200]["content"]["application/json"]>()({
  stripe_bank_account_token: "btok_5oEetfLzPklE1fwJZ7SG",
  request_id: "xrQNYZ7Zoh6R7gV",
});

// POST /item/import: 200 example example-1
example<paths["/item/import"]["post"]["responses"][200]["content"]["application/json"]>()({
  access_token: "access-sandbox-99ace160-3cf7-4e51-a083-403633425815",
  request_id: "ewIBAn6RZirsk4W",
});

// POST /link/token/create: request example new-item
example<NonNullable<paths["/link/token/create"]["post"]["requestBody"]>["content"]["application/json"]>()({
  client_name: "Example App",
  language: "en",
  country_codes: [
    "US",
  ],
  user: {
    client_user_id: "user-123",
  },
  products: [
    "transactions",
  ],
  redirect_uri: "https://app.example.com/plaid/oauth-return",
});

// POST /link/token/create: 200 example example-1
example<paths["/link/token/create"]["post"]["responses"][200]["content"]["application/json"]>()({
  link_token: "link-sandbox-af1a0311-da53-4636-b754-dd15cc058176",
  expiration: "2020-03-27T12:56:34Z",
  request_id: "XQVgFigpGHXkb0b",
});

// POST /link/token/get: 200 example example-1
example<paths["/link/token/get"]["post"]["responses"][200]["content"]["application/json"]>()({
  created_at: "2024-07-29T20:22:21Z",
  expiration: "2024-07-29T20:52:22Z",
  link_sessions: [
    {
      events: [
        {
          event_id: "8b2b5d28-79ec-468b-bbce-f8bd34be635a",
          event_metadata: {
            institution_id: "ins_20",
            institution_name: "Citizens Bank",
            request_id: "Nnclj9HntPMu5dm",
          },
          event_name: "HANDOFF",
          timestamp: "2024-07-29T20:23:59Z",
        },
        {
          event_id: "12a888e0-da26-4c38-8ded-2992bc78c246",
          event_metadata: {
            request_id: "Nnclj9HntPMu5dm",
          },
          event_name: "TRANSITION_VIEW",
          timestamp: "2024-07-29T20:23:59Z",
        },
        {
          event_id: "6557bdf1-a20a-43b0-8fed-c8b671e2f478",
          event_metadata: {
            institution_id: "ins_20",
            institution_name: "Citizens Bank",
            request_id: "sR4EGcU8zniznXi",
          },
          event_name: "TRANSITION_VIEW",
          timestamp: "2024-07-29T20:23:56Z",
        },
        {
          event_id: "c6745f4c-d8fa-4103-8a65-7b995c60809e",
          event_metadata: {
            institution_id: "ins_20",
            institution_name: "Citizens Bank",
            request_id: "4LYDWkxfJ0htDA4",
          },
          event_name: "SUBMIT_CREDENTIALS",
          timestamp: "2024-07-29T20:23:55Z",
        },
        {
          event_id: "2610fa06-e765-4c9e-8948-63048d451dbf",
          event_metadata: {
            institution_id: "ins_20",
            institution_name: "Citizens Bank",
            request_id: "4LYDWkxfJ0htDA4",
          },
          event_name: "TRANSITION_VIEW",
          timestamp: "2024-07-29T20:23:23Z",
        },
        {
          event_id: "54b87deb-60a7-4f50-9326-293840090b72",
          event_metadata: {
            institution_id: "ins_20",
            institution_name: "Citizens Bank",
            request_id: "FTEFiPeL9OstwL4",
          },
          event_name: "SELECT_INSTITUTION",
          timestamp: "2024-07-29T20:23:23Z",
        },
        {
          event_id: "6b285180-0bac-4ccc-bec0-d4ed75c253d2",
          event_metadata: {
            request_id: "FTEFiPeL9OstwL4",
          },
          event_name: "TRANSITION_VIEW",
          timestamp: "2024-07-29T20:23:20Z",
        },
        {
          event_id: "239a6000-da50-4319-99f7-919378b7db53",
          event_metadata: {
            request_id: "WFgwgGivjBbwOb9",
          },
          event_name: "TRANSITION_VIEW",
          timestamp: "2024-07-29T20:23:17Z",
        },
        {
          event_id: "0a523744-5003-4578-8414-c87e06ef8ca9",
          event_metadata: {
            institution_id: "ins_127989",
            institution_name: "Bank of America",
            request_id: "WFgwgGivjBbwOb9",
          },
          event_name: "HANDOFF",
          timestamp: "2024-07-29T20:23:17Z",
        },
        {
          event_id: "ff44d52a-51ef-4987-b7d0-b6497dfa93cd",
          event_metadata: {
            institution_id: "ins_127989",
            institution_name: "Bank of America",
            request_id: "uqA0Vq8zuKlsB2y",
          },
          event_name: "TRANSITION_VIEW",
          timestamp: "2024-07-29T20:23:14Z",
        },
        {
          event_id: "e0d7c1dc-8e7e-4361-893f-d6c2d2f050ab",
          event_metadata: {
            institution_id: "ins_127989",
            institution_name: "Bank of America",
            request_id: "dTGtMHbK21BLrsp",
          },
          event_name: "OPEN_OAUTH",
          timestamp: "2024-07-29T20:22:49Z",
        },
        {
          event_id: "de87a1c0-666e-4d95-88d8-1163f6bf20f1",
          event_metadata: {
            institution_id: "ins_127989",
            institution_name: "Bank of America",
            request_id: "dTGtMHbK21BLrsp",
          },
          event_name: "TRANSITION_VIEW",
          timestamp: "2024-07-29T20:22:47Z",
        },
        {
          event_id: "6edc2c59-96cd-4dee-a86b-140ddfd3076e",
          event_metadata: {
            institution_id: "ins_127989",
            institution_name: "Bank of America",
            request_id: "BxBukZsBEmxZw0I",
          },
          event_name: "SELECT_INSTITUTION",
          timestamp: "2024-07-29T20:22:46Z",
        },
        {
          event_id: "d176ab57-26d2-45ee-a0fe-67daf0cf0cb0",
          event_metadata: {
            request_id: "BxBukZsBEmxZw0I",
          },
          event_name: "TRANSITION_VIEW",
          timestamp: "2024-07-29T20:22:43Z",
        },
        {
          event_id: "b8be9c3d-7ac5-4851-bd92-0638cb63bdeb",
          event_metadata: {
            request_id: "UtqR09RKzJ1gcEx",
          },
          event_name: "SKIP_SUBMIT_PHONE",
          timestamp: "2024-07-29T20:22:42Z",
        },
        {
          event_id: "7144cca7-533b-4dfc-81ed-f78a750ba95f",
          event_metadata: {
            request_id: "UtqR09RKzJ1gcEx",
          },
          event_name: "TRANSITION_VIEW",
          timestamp: "2024-07-29T20:22:40Z",
        },
        {
          event_id: "e6a6dcc0-6bbf-4871-8d59-0c3a5eccff53",
          event_metadata: {
            request_id: "FTiagIVmxfqbevM",
          },
          event_name: "TRANSITION_VIEW",
          timestamp: "2024-07-29T20:22:39Z",
        },
      ],
      finished_at: "2024-07-29T20:24:05.330312653Z",
      link_session_id: "43face8b-a5c2-42a4-adec-4a4ec589eb46",
      on_success: {
        metadata: {
          accounts: [
            {
              class_type: null,
              id: "DXzZ94ZG9vhaZy8BvyZRSQ4jJwwlkNS3RwoeX",
              mask: "0000",
              name: "Plaid Checking",
              subtype: "checking",
              type: "depository",
              verification_status: null,
            },
            {
              class_type: null,
              id: "VJyR7wRm79TNGEKxpEG9fjpJ1mmM5Bt9ymVkR",
              mask: "1111",
              name: "Plaid Saving",
              subtype: "savings",
              type: "depository",
              verification_status: null,
            },
            {
              class_type: null,
              id: "wZXnexn1eoH6LNWmMNL4hqkPB55ndjHPRNp93",
              mask: "9999",
              name: "Plaid Business Credit Card",
              subtype: "credit card",
              type: "credit",
              verification_status: null,
            },
          ],
          institution: {
            institution_id: "ins_127989",
            name: "Bank of America",
          },
          link_session_id: "43face8b-a5c2-42a4-adec-4a4ec589eb46",
          transfer_status: null,
        },
        public_token: "public-sandbox-3b9687f0-3abd-4913-9889-f0ba816d4a3a",
      },
      results: {
        item_add_results: [
          {
            accounts: [
              {
                class_type: null,
                id: "DXzZ94ZG9vhaZy8BvyZRSQ4jJwwlkNS3RwoeX",
                mask: "0000",
                name: "Plaid Checking",
                subtype: "checking",
                type: "depository",
                verification_status: null,
              },
              {
                class_type: null,
                id: "VJyR7wRm79TNGEKxpEG9fjpJ1mmM5Bt9ymVkR",
                mask: "1111",
                name: "Plaid Saving",
                subtype: "savings",
                type: "depository",
                verification_status: null,
              },
              {
                class_type: null,
                id: "wZXnexn1eoH6LNWmMNL4hqkPB55ndjHPRNp93",
                mask: "9999",
                name: "Plaid Business Credit Card",
                subtype: "credit card",
                type: "credit",
                verification_status: null,
              },
            ],
            institution: {
              institution_id: "ins_127989",
              name: "Bank of America",
            },
            public_token: "public-sandbox-3b9687f0-3abd-4913-9889-f0ba816d4a3a",
          },
          {
            accounts: [
              {
                class_type: null,
                id: "qvqrX8gDvxCdyvvgGkKzSNPzDwaQGjFgyQk5Z",
                mask: "4007",
                name: "Checking",
                subtype: "checking",
                type: "depository",
                verification_status: null,
              },
            ],
            institution: {
              institution_id: "ins_20",
              name: "Citizens Bank",
            },
            public_token: "public-sandbox-44ba202e-bf6b-45c6-a5ba-d526765626a9",
          },
        ],
        cra_item_add_results: [],
        cra_update_results: [],
        bank_income_results: [],
        payroll_income_results: [],
        document_income_results: null,
      },
      started_at: "2024-07-29T20:22:36.522196741Z",
    },
  ],
  link_token: "link-sandbox-e7b6956c-1522-4823-85d2-c4ca74251949",
  metadata: {
    client_name: "Wonderwallet",
    country_codes: [
      "US",
    ],
    initial_products: [
      "transactions",
    ],
    language: "en",
    redirect_uri: null,
    webhook: "https://webhook.site/dc9c138f-75de-4db1-883a-a4add4b7eb7e",
  },
  user_id: "usr_123456abcdef",
  request_id: "Pxpgzy0Wjvn99mY",
});

// POST /link/oauth/correlation_id/exchange: 200 example example-1
example<paths["/link/oauth/correlation_id/exchange"]["post"]["responses"][200]["content"]["application/json"]>()({
  link_token: "link-sandbox-33792986-2b9c-4b80-b1f2-518caaac6183",
  request_id: "u0ydFs493XjyTYn",
});

// POST /session/token/create: 200 example example-1
example<paths["/session/token/create"]["post"]["responses"][200]["content"]["application/json"]>()({
  link: {
    link_token: "link-sandbox-af1a0311-da53-4636-b754-dd15cc058176",
    expiration: "2020-03-27T12:56:34Z",
  },
  request_id: "XQVgFigpGHXkb0b",
});

// POST /transfer/get: 200 example example-1
example<paths["/transfer/get"]["post"]["responses"][200]["content"]["application/json"]>()({
  transfer: {
    account_id: "3gE5gnRzNyfXpBK5wEEKcymJ5albGVUqg77gr",
    funding_account_id: "8945fedc-e703-463d-86b1-dc0607b55460",
    ledger_id: "563db5f8-4c95-4e17-8c3e-cb988fb9cf1a",
    ach_class: "ppd",
    amount: "12.34",
    cancellable: true,
    created: "2020-08-06T17:27:15Z",
    description: "Desc",
    guarantee_decision: null,
    guarantee_decision_rationale: null,
    failure_reason: {
      failure_code: "R13",
      description: "Invalid ACH routing number",
    },
    id: "460cbe92-2dcc-8eae-5ad6-b37d0ec90fd9",
    authorization_id: "c9f90aa1-2949-c799-e2b6-ea05c89bb586",
    metadata: {
      key1: "value1",
      key2: "value2",
    },
    network: "ach",
    origination_account_id: "",
    originator_client_id: null,
    refunds: [],
    status: "pending",
    type: "credit",
    iso_currency_code: "USD",
    standard_return_window: "2020-08-07",
    unauthorized_return_window: "2020-10-07",
    expected_settlement_date: "2020-08-04",
    user: {
      email_address: "acharleston@email.com",
      legal_name: "Anne Charleston",
      phone_number: "510-555-0128",
      address: {
        street: "123 Main St.",
        city: "San Francisco",
        region: "CA",
        postal_code: "94053",
        country: "US",
      },
    },
    recurring_transfer_id: null,
    credit_funds_source: "sweep",
    facilitator_fee: "1.23",
    network_trace_id: null,
  },
  request_id: "saKrIBuEB9qJZno",
});

// POST /transfer/recurring/get: 200 example example-1
example<paths["/transfer/recurring/get"]["post"]["responses"][200]["content"]["application/json"]>()({
  recurring_transfer: {
    recurring_transfer_id: "460cbe92-2dcc-8eae-5ad6-b37d0ec90fd9",
    created: "2022-07-05T12:48:37Z",
    next_origination_date: "2022-10-28",
    test_clock_id: null,
    status: "active",
    amount: "12.34",
    description: "payment",
    type: "debit",
    ach_class: "ppd",
    network: "ach",
    origination_account_id: "",
    account_id: "3gE5gnRzNyfXpBK5wEEKcymJ5albGVUqg77gr",
    funding_account_id: "8945fedc-e703-463d-86b1-dc0607b55460",
    iso_currency_code: "USD",
    transfer_ids: [
      "271ef220-dbf8-caeb-a7dc-a2b3e8a80963",
      "c8dbaf75-2abb-e2dc-4171-12448e13b848",
    ],
    user: {
      legal_name: "Anne Charleston",
      phone_number: "510-555-0128",
      email_address: "acharleston@email.com",
      address: {
        street: "123 Main St.",
        city: "San Francisco",
        region: "CA",
        postal_code: "94053",
        country: "US",
      },
    },
    schedule: {
      start_date: "2022-10-01",
      end_date: "2023-10-01",
      interval_unit: "week",
      interval_count: 1,
      interval_execution_day: 5,
    },
  },
  request_id: "saKrIBuEB9qJZno",
});

// POST /bank_transfer/get: 200 example example-1
example<paths["/bank_transfer/get"]["post"]["responses"][200]["content"]["application/json"]>()({
  bank_transfer: {
    account_id: "6qL6lWoQkAfNE3mB8Kk5tAnvpX81qefrvvl7B",
    ach_class: "ppd",
    amount: "12.34",
    cancellable: true,
    created: "2020-08-06T17:27:15Z",
    custom_tag: "my tag",
    description: "Testing2",
    direction: "outbound",
    failure_reason: {
      ach_return_code: "R13",
      description: "Invalid ACH routing number",
    },
    id: "460cbe92-2dcc-8eae-5ad6-b37d0ec90fd9",
    iso_currency_code: "USD",
    metadata: {
      key1: "value1",
      key2: "value2",
    },
    network: "ach",
    origination_account_id: "8945fedc-e703-463d-86b1-dc0607b55460",
    status: "pending",
    type: "credit",
    user: {
      email_address: "plaid@plaid.com",
      legal_name: "John Smith",
      routing_number: "111111111",
    },
  },
  request_id: "saKrIBuEB9qJZno",
});

// POST /transfer/authorization/create: 200 example example-1
example<paths["/transfer/authorization/create"]["post"]["responses"][200]["content"]["application/json"]>()({
  authorization: {
    id: "460cbe92-2dcc-8eae-5ad6-b37d0ec90fd9",
    created: "2020-08-06T17:27:15Z",
    decision: "approved",
    decision_rationale: null,
    guarantee_decision: null,
    guarantee_decision_rationale: null,
    payment_risk: null,
    proposed_transfer: {
      ach_class: "ppd",
      account_id: "3gE5gnRzNyfXpBK5wEEKcymJ5albGVUqg77gr",
      funding_account_id: "8945fedc-e703-463d-86b1-dc0607b55460",
      ledger_id: "563db5f8-4c95-4e17-8c3e-cb988fb9cf1a",
      type: "credit",
      user: {
        legal_name: "Anne Charleston",
        phone_number: "510-555-0128",
        email_address: "acharleston@email.com",
        address: {
          street: "123 Main St.",
          city: "San Francisco",
          region: "CA",
          postal_code: "94053",
          country: "US",
        },
      },
      amount: "12.34",
      network: "ach",
      iso_currency_code: "USD",
      origination_account_id: "",
      originator_client_id: null,
      credit_funds_source: "sweep",
    },
  },
  request_id: "saKrIBuEB9qJZno",
});

// POST /transfer/authorization/cancel: 200 example example-1
example<paths["/transfer/authorization/cancel"]["post"]["responses"][200]["content"]["application/json"]>()({
  request_id: "saKrIBuEB9qJZno",
});

// POST /transfer/balance/get: 200 example example-1
example<paths["/transfer/balance/get"]["post"]["responses"][200]["content"]["application/json"]>()({
  balance: {
    available: "1721.70",
    type: "prefunded_rtp_credits",
  },
  request_id: "saKrIBuEB9qJZno",
});

// POST /transfer/capabilities/get: 200 example example-1
example<paths["/transfer/capabilities/get"]["post"]["responses"][200]["content"]["application/json"]>()({
  institution_supported_networks: {
    rtp: {
      credit: true,
    },
    rfp: {
      debit: true,
    },
  },
  request_id: "saKrIBuEB9qJZno",
});

// POST /transfer/configuration/get: 200 example example-1
example<paths["/transfer/configuration/get"]["post"]["responses"][200]["content"]["application/json"]>()({
  max_single_transfer_amount: "",
  max_single_transfer_credit_amount: "1000.00",
  max_single_transfer_debit_amount: "1000.00",
  max_daily_credit_amount: "50000.00",
  max_daily_debit_amount: "50000.00",
  max_monthly_amount: "",
  max_monthly_credit_amount: "500000.00",
  max_monthly_debit_amount: "500000.00",
  iso_currency_code: "USD",
  request_id: "saKrIBuEB9qJZno",
});

// POST /transfer/ledger/get: 200 example example-1
example<paths["/transfer/ledger/get"]["post"]["responses"][200]["content"]["application/json"]>()({
  ledger_id: "563db5f8-4c95-4e17-8c3e-cb988fb9cf1a",
  name: "Default",
  is_default: true,
  balance: {
    available: "1721.70",
    pending: "123.45",
  },
  request_id: "saKrIBuEB9qJZno",
});

// POST /transfer/ledger/distribute: 200 example example-1
example<paths["/transfer/ledger/distribute"]["post"]["responses"][200]["content"]["application/json"]>()({
  request_id: "saKrIBuEB9qJZno",
});

// POST /transfer/ledger/deposit: 200 example example-1
example<paths["/transfer/ledger/deposit"]["post"]["responses"][200]["content"]["application/json"]>()({
  sweep: {
    id: "8c2fda9a-aa2f-4735-a00f-f4e0d2d2faee",
    funding_account_id: "8945fedc-e703-463d-86b1-dc0607b55460",
    ledger_id: "563db5f8-4c95-4e17-8c3e-cb988fb9cf1a",
    created: "2020-08-06T17:27:15Z",
    amount: "-12.34",
    iso_currency_code: "USD",
    settled: null,
    status: "pending",
    trigger: "manual",
    description: "deposit",
    network_trace_id: null,
  },
  request_id: "saKrIBuEB9qJZno",
});

// POST /transfer/ledger/withdraw: 200 example example-1
example<paths["/transfer/ledger/withdraw"]["post"]["responses"][200]["content"]["application/json"]>()({
  sweep: {
    id: "8c2fda9a-aa2f-4735-a00f-f4e0d2d2faee",
    funding_account_id: "8945fedc-e703-463d-86b1-dc0607b55460",
    ledger_id: "563db5f8-4c95-4e17-8c3e-cb988fb9cf1a",
    created: "2020-08-06T17:27:15Z",
    amount: "12.34",
    iso_currency_code: "USD",
    settled: null,
    status: "pending",
    trigger: "manual",
    description: "withdraw",
    network_trace_id: null,
  },
  request_id: "saKrIBuEB9qJZno",
});

// POST /transfer/originator/funding_account/update: 200 example example-1
example<paths["/transfer/originator/funding_account/update"]["post"]["responses"][200]["content"]["application/json"]>()({
  request_id: "saKrIBuEB9qJZno",
});

// POST /transfer/originator/funding_account/create: 200 example example-1
example<paths["/transfer/originator/funding_account/create"]["post"]["responses"][200]["content"]["application/json"]>()({
  funding_account_id: "8945fedc-e703-463d-86b1-dc0607b55460",
  request_id: "saKrIBuEB9qJZno",
});

// POST /transfer/metrics/get: 200 example example-1
example<paths["/transfer/metrics/get"]["post"]["responses"][200]["content"]["application/json"]>()({
  daily_debit_transfer_volume: "1234.56",
  daily_credit_transfer_volume: "567.89",
  monthly_transfer_volume: "",
  monthly_debit_transfer_volume: "10000.00",
  monthly_credit_transfer_volume: "2345.67",
  iso_currency_code: "USD",
  request_id: "saKrIBuEB9qJZno",
  return_rates: {
    last_60d: {
      overall_return_rate: "0.1023",
      administrative_return_rate: "0.0160",
      unauthorized_return_rate: "0.0028",
    },
  },
  authorization_usage: {
    daily_credit_utilization: "0.2300",
    daily_debit_utilization: "0.3401",
    monthly_credit_utilization: "0.9843",
    monthly_debit_utilization: "0.3220",
  },
});

// POST /transfer/create: 200 example example-1
example<paths["/transfer/create"]["post"]["responses"][200]["content"]["application/json"]>()({
  transfer: {
    id: "460cbe92-2dcc-8eae-5ad6-b37d0ec90fd9",
    authorization_id: "c9f90aa1-2949-c799-e2b6-ea05c89bb586",
    ach_class: "ppd",
    account_id: "3gE5gnRzNyfXpBK5wEEKcymJ5albGVUqg77gr",
    funding_account_id: "8945fedc-e703-463d-86b1-dc0607b55460",
    ledger_id: "563db5f8-4c95-4e17-8c3e-cb988fb9cf1a",
    type: "credit",
    user: {
      legal_name: "Anne Charleston",
      phone_number: "510-555-0128",
      email_address: "acharleston@email.com",
      address: {
        street: "123 Main St.",
        city: "San Francisco",
        region: "CA",
        postal_code: "94053",
        country: "US",
      },
    },
    amount: "12.34",
    description: "payment",
    created: "2020-08-06T17:27:15Z",
    refunds: [],
    status: "pending",
    network: "ach",
    cancellable: true,
    guarantee_decision: null,
    guarantee_decision_rationale: null,
    failure_reason: null,
    metadata: {
      key1: "value1",
      key2: "value2",
    },
    origination_account_id: "",
    iso_currency_code: "USD",
    standard_return_window: "2023-08-07",
    unauthorized_return_window: "2023-10-07",
    expected_settlement_date: "2023-08-04",
    originator_client_id: "569ed2f36b3a3a021713abc1",
    recurring_transfer_id: null,
    credit_funds_source: "sweep",
    facilitator_fee: "1.23",
    network_trace_id: null,
  },
  request_id: "saKrIBuEB9qJZno",
});

// POST /transfer/recurring/create: 200 example example-1
example<paths["/transfer/recurring/create"]["post"]["responses"][200]["content"]["application/json"]>()({
  recurring_transfer: {
    recurring_transfer_id: "460cbe92-2dcc-8eae-5ad6-b37d0ec90fd9",
    created: "2022-07-05T12:48:37Z",
    next_origination_date: "2022-10-28",
    test_clock_id: "b33a6eda-5e97-5d64-244a-a9274110151c",
    status: "active",
    amount: "12.34",
    description: "payment",
    type: "debit",
    ach_class: "ppd",
    network: "ach",
    origination_account_id: "",
    account_id: "3gE5gnRzNyfXpBK5wEEKcymJ5albGVUqg77gr",
    funding_account_id: "8945fedc-e703-463d-86b1-dc0607b55460",
    iso_currency_code: "USD",
    transfer_ids: [],
    user: {
      legal_name: "Anne Charleston",
      phone_number: "510-555-0128",
      email_address: "acharleston@email.com",
      address: {
        street: "123 Main St.",
        city: "San Francisco",
        region: "CA",
        postal_code: "94053",
        country: "US",
      },
    },
    schedule: {
      start_date: "2022-10-01",
      end_date: "2023-10-01",
      interval_unit: "week",
      interval_count: 1,
      interval_execution_day: 5,
    },
  },
  decision: "approved",
  decision_rationale: null,
  request_id: "saKrIBuEB9qJZno",
});

// POST /bank_transfer/create: 200 example example-1
example<paths["/bank_transfer/create"]["post"]["responses"][200]["content"]["application/json"]>()({
  bank_transfer: {
    account_id: "6qL6lWoQkAfNE3mB8Kk5tAnvpX81qefrvvl7B",
    ach_class: "ppd",
    amount: "12.34",
    cancellable: true,
    created: "2020-08-06T17:27:15Z",
    custom_tag: "my tag",
    description: "Testing2",
    direction: "outbound",
    failure_reason: null,
    id: "460cbe92-2dcc-8eae-5ad6-b37d0ec90fd9",
    iso_currency_code: "USD",
    metadata: {
      key1: "value1",
      key2: "value2",
    },
    network: "ach",
    origination_account_id: "8945fedc-e703-463d-86b1-dc0607b55460",
    status: "pending",
    type: "credit",
    user: {
      email_address: "plaid@plaid.com",
      legal_name: "John Smith",
      routing_number: "111111111",
    },
  },
  request_id: "saKrIBuEB9qJZno",
});

// POST /transfer/list: 200 example example-1
example<paths["/transfer/list"]["post"]["responses"][200]["content"]["application/json"]>()({
  transfers: [
    {
      account_id: "3gE5gnRzNyfXpBK5wEEKcymJ5albGVUqg77gr",
      funding_account_id: "8945fedc-e703-463d-86b1-dc0607b55460",
      ledger_id: "563db5f8-4c95-4e17-8c3e-cb988fb9cf1a",
      ach_class: "ppd",
      amount: "12.34",
      cancellable: true,
      created: "2019-12-09T17:27:15Z",
      description: "Desc",
      guarantee_decision: null,
      guarantee_decision_rationale: null,
      failure_reason: {
        failure_code: "R13",
        description: "Invalid ACH routing number",
      },
      id: "460cbe92-2dcc-8eae-5ad6-b37d0ec90fd9",
      authorization_id: "c9f90aa1-2949-c799-e2b6-ea05c89bb586",
      metadata: {
        key1: "value1",
        key2: "value2",
      },
      network: "ach",
      origination_account_id: "",
      originator_client_id: null,
      refunds: [],
      status: "pending",
      type: "credit",
      iso_currency_code: "USD",
      standard_return_window: "2020-08-07",
      unauthorized_return_window: "2020-10-07",
      expected_settlement_date: "2020-08-04",
      user: {
        email_address: "acharleston@email.com",
        legal_name: "Anne Charleston",
        phone_number: "510-555-0128",
        address: {
          street: "123 Main St.",
          city: "San Francisco",
          region: "CA",
          postal_code: "94053",
          country: "US",
        },
      },
      recurring_transfer_id: null,
      credit_funds_source: "sweep",
      facilitator_fee: "1.23",
      network_trace_id: null,
    },
  ],
  request_id: "saKrIBuEB9qJZno",
});

// POST /transfer/recurring/list: 200 example example-1
example<paths["/transfer/recurring/list"]["post"]["responses"][200]["content"]["application/json"]>()({
  recurring_transfers: [
    {
      recurring_transfer_id: "460cbe92-2dcc-8eae-5ad6-b37d0ec90fd9",
      created: "2022-07-05T12:48:37Z",
      next_origination_date: "2022-10-28",
      test_clock_id: null,
      status: "active",
      amount: "12.34",
      description: "payment",
      type: "debit",
      ach_class: "ppd",
      network: "ach",
      origination_account_id: "",
      account_id: "3gE5gnRzNyfXpBK5wEEKcymJ5albGVUqg77gr",
      funding_account_id: "8945fedc-e703-463d-86b1-dc0607b55460",
      iso_currency_code: "USD",
      transfer_ids: [
        "4242fc8d-3ec6-fb38-fa0c-a8e37d03cd57",
      ],
      user: {
        legal_name: "Anne Charleston",
        phone_number: "510-555-0128",
        email_address: "acharleston@email.com",
        address: {
          street: "123 Main St.",
          city: "San Francisco",
          region: "CA",
          postal_code: "94053",
          country: "US",
        },
      },
      schedule: {
        start_date: "2022-10-01",
        end_date: "2023-10-01",
        interval_unit: "week",
        interval_count: 1,
        interval_execution_day: 5,
      },
    },
  ],
  request_id: "saKrIBuEB9qJZno",
});

// POST /bank_transfer/list: 200 example example-1
example<paths["/bank_transfer/list"]["post"]["responses"][200]["content"]["application/json"]>()({
  bank_transfers: [
    {
      account_id: "6qL6lWoQkAfNE3mB8Kk5tAnvpX81qefrvvl7B",
      ach_class: "ppd",
      amount: "12.34",
      cancellable: true,
      created: "2020-08-06T17:27:15Z",
      custom_tag: "my tag",
      description: "Testing2",
      direction: "outbound",
      failure_reason: {
        ach_return_code: "R13",
        description: "Invalid ACH routing number",
      },
      id: "460cbe92-2dcc-8eae-5ad6-b37d0ec90fd9",
      iso_currency_code: "USD",
      metadata: {
        key1: "value1",
        key2: "value2",
      },
      network: "ach",
      origination_account_id: "8945fedc-e703-463d-86b1-dc0607b55460",
      originator_client_id: "569ed2f36b3a3a021713abc1",
      status: "pending",
      type: "credit",
      user: {
        email_address: "plaid@plaid.com",
        legal_name: "John Smith",
        routing_number: "111111111",
      },
    },
  ],
  request_id: "saKrIBuEB9qJZno",
});

// POST /transfer/cancel: 200 example example-1
example<paths["/transfer/cancel"]["post"]["responses"][200]["content"]["application/json"]>()({
  request_id: "saKrIBuEB9qJZno",
});

// POST /transfer/recurring/cancel: 200 example example-1
example<paths["/transfer/recurring/cancel"]["post"]["responses"][200]["content"]["application/json"]>()({
  request_id: "saKrIBuEB9qJZno",
});

// POST /bank_transfer/cancel: 200 example example-1
example<paths["/bank_transfer/cancel"]["post"]["responses"][200]["content"]["application/json"]>()({
  request_id: "saKrIBuEB9qJZno",
});

// POST /transfer/event/list: 200 example example-1
example<paths["/transfer/event/list"]["post"]["responses"][200]["content"]["application/json"]>()({
  transfer_events: [
    {
      account_id: "3gE5gnRzNyfXpBK5wEEKcymJ5albGVUqg77gr",
      funding_account_id: "8945fedc-e703-463d-86b1-dc0607b55460",
      ledger_id: "563db5f8-4c95-4e17-8c3e-cb988fb9cf1a",
      transfer_amount: "12.34",
      transfer_id: "460cbe92-2dcc-8eae-5ad6-b37d0ec90fd9",
      transfer_type: "credit",
      event_id: 1,
      event_type: "posted",
      failure_reason: null,
      origination_account_id: "",
      originator_client_id: "569ed2f36b3a3a021713abc1",
      refund_id: null,
      sweep_amount: null,
      sweep_id: null,
      timestamp: "2019-12-09T17:27:15Z",
    },
  ],
  has_more: true,
  request_id: "mdqfuVxeoza6mhu",
});

// POST /transfer/ledger/event/list: 200 example example-1
example<paths["/transfer/ledger/event/list"]["post"]["responses"][200]["content"]["application/json"]>()({
  ledger_events: [
    {
      ledger_event_id: "3gE5gnRzNyfXpBK5wEEKcymJ5albGVUqg77gr",
      ledger_id: "563db5f8-4c95-4e17-8c3e-cb988fb9cf1a",
      amount: "100.00",
      type: "deposit",
      transfer_id: "460cbe92-2dcc-8eae",
      description: "Converted to available",
      pending_balance: "100.00",
      available_balance: "100.00",
      timestamp: "2023-12-01T10:00:00Z",
    },
  ],
  has_more: false,
  request_id: "mdqfuVxeoza6mhu",
});

// POST /bank_transfer/event/list: 200 example example-1
example<paths["/bank_transfer/event/list"]["post"]["responses"][200]["content"]["application/json"]>()({
  bank_transfer_events: [
    {
      account_id: "6qL6lWoQkAfNE3mB8Kk5tAnvpX81qefrvvl7B",
      bank_transfer_amount: "12.34",
      bank_transfer_id: "460cbe92-2dcc-8eae-5ad6-b37d0ec90fd9",
      bank_transfer_iso_currency_code: "USD",
      bank_transfer_type: "credit",
      direction: "outbound",
      event_id: 1,
      event_type: "pending",
      failure_reason: null,
      origination_account_id: "",
      timestamp: "2020-08-06T17:27:15Z",
    },
  ],
  request_id: "mdqfuVxeoza6mhu",
});

// POST /transfer/event/sync: 200 example example-1
example<paths["/transfer/event/sync"]["post"]["responses"][200]["content"]["application/json"]>()({
  transfer_events: [
    {
      account_id: "3gE5gnRzNyfXpBK5wEEKcymJ5albGVUqg77gr",
      funding_account_id: "8945fedc-e703-463d-86b1-dc0607b55460",
      ledger_id: "563db5f8-4c95-4e17-8c3e-cb988fb9cf1a",
      transfer_amount: "12.34",
      transfer_id: "460cbe92-2dcc-8eae-5ad6-b37d0ec90fd9",
      transfer_type: "credit",
      event_id: 1,
      event_type: "pending",
      failure_reason: null,
      origination_account_id: "",
      originator_client_id: null,
      refund_id: null,
      sweep_amount: null,
      sweep_id: null,
      timestamp: "2019-12-09T17:27:15Z",
    },
  ],
  has_more: true,
  request_id: "mdqfuVxeoza6mhu",
});

// POST /bank_transfer/event/sync: 200 example example-1
example<paths["/bank_transfer/event/sync"]["post"]["responses"][200]["content"]["application/json"]>()({
  bank_transfer_events: [
    {
      account_id: "6qL6lWoQkAfNE3mB8Kk5tAnvpX81qefrvvl7B",
      bank_transfer_amount: "12.34",
      bank_transfer_id: "460cbe92-2dcc-8eae-5ad6-b37d0ec90fd9",
      bank_transfer_iso_currency_code: "USD",
      bank_transfer_type: "credit",
      direction: "outbound",
      event_id: 1,
      event_type: "pending",
      failure_reason: null,
      origination_account_id: "",
      timestamp: "2020-08-06T17:27:15Z",
    },
  ],
  request_id: "mdqfuVxeoza6mhu",
});

// POST /transfer/sweep/get: 200 example example-1
example<paths["/transfer/sweep/get"]["post"]["responses"][200]["content"]["application/json"]>()({
  sweep: {
    id: "8c2fda9a-aa2f-4735-a00f-f4e0d2d2faee",
    funding_account_id: "8945fedc-e703-463d-86b1-dc0607b55460",
    ledger_id: "563db5f8-4c95-4e17-8c3e-cb988fb9cf1a",
    created: "2020-08-06T17:27:15Z",
    amount: "12.34",
    iso_currency_code: "USD",
    settled: "2020-08-07",
    status: "settled",
    network_trace_id: "123456789012345",
  },
  request_id: "saKrIBuEB9qJZno",
});

// POST /bank_transfer/sweep/get: 200 example example-1
example<paths["/bank_transfer/sweep/get"]["post"]["responses"][200]["content"]["application/json"]>()({
  sweep: {
    id: "d5394a4d-0b04-4a02-9f4a-7ca5c0f52f9d",
    created_at: "2020-08-06T17:27:15Z",
    amount: "12.34",
    iso_currency_code: "USD",
  },
  request_id: "saKrIBuEB9qJZno",
});

// POST /transfer/sweep/list: 200 example example-1
example<paths["/transfer/sweep/list"]["post"]["responses"][200]["content"]["application/json"]>()({
  sweeps: [
    {
      id: "d5394a4d-0b04-4a02-9f4a-7ca5c0f52f9d",
      funding_account_id: "8945fedc-e703-463d-86b1-dc0607b55460",
      ledger_id: "563db5f8-4c95-4e17-8c3e-cb988fb9cf1a",
      created: "2019-12-09T17:27:15Z",
      amount: "-12.34",
      iso_currency_code: "USD",
      settled: "2019-12-10",
      status: "settled",
      originator_client_id: null,
    },
  ],
  request_id: "saKrIBuEB9qJZno",
});

// POST /bank_transfer/sweep/list: 200 example example-1
example<paths["/bank_transfer/sweep/list"]["post"]["responses"][200]["content"]["application/json"]>()({
  sweeps: [
    {
      id: "d5394a4d-0b04-4a02-9f4a-7ca5c0f52f9d",
      created_at: "2020-08-06T17:27:15Z",
      amount: "12.34",
      iso_currency_code: "USD",
    },
  ],
  request_id: "saKrIBuEB9qJZno",
});

// POST /bank_transfer/balance/get: 200 example example-1
example<paths["/bank_transfer/balance/get"]["post"]["responses"][200]["content"]["application/json"]>()({
  balance: {
    available: "1721.70",
    transactable: "721.70",
  },
  origination_account_id: "8945fedc-e703-463d-86b1-dc0607b55460",
  request_id: "mdqfuVxeoza6mhu",
});

// POST /bank_transfer/migrate_account: 200 example example-1
example<paths["/bank_transfer/migrate_account"]["post"]["responses"][200]["content"]["application/json"]>()({
  access_token: "access-sandbox-435beced-94e8-4df3-a181-1dde1cfa19f0",
  account_id: "zvyDgbeeDluZ43AJP6m5fAxDlgoZXDuoy5gjN",
  request_id: "mdqfuVxeoza6mhu",
});

// POST /transfer/migrate_account: 200 example example-1
example<paths["/transfer/migrate_account"]["post"]["responses"][200]["content"]["application/json"]>()({
  access_token: "access-sandbox-435beced-94e8-4df3-a181-1dde1cfa19f0",
  account_id: "zvyDgbeeDluZ43AJP6m5fAxDlgoZXDuoy5gjN",
  request_id: "mdqfuVxeoza6mhu",
});

// POST /transfer/intent/create: 200 example example-1
example<paths["/transfer/intent/create"]["post"]["responses"][200]["content"]["application/json"]>()({
  transfer_intent: {
    account_id: "3gE5gnRzNyfXpBK5wEEKcymJ5albGVUqg77gr",
    funding_account_id: "9853defc-e703-463d-86b1-dc0607a45359",
    ach_class: "ppd",
    amount: "12.34",
    iso_currency_code: "USD",
    created: "2020-08-06T17:27:15Z",
    description: "Desc",
    id: "460cbe92-2dcc-8eae-5ad6-b37d0ec90fd9",
    metadata: {
      key1: "value1",
      key2: "value2",
    },
    mode: "PAYMENT",
    origination_account_id: "9853defc-e703-463d-86b1-dc0607a45359",
    status: "PENDING",
    user: {
      address: {
        street: "100 Market Street",
        city: "San Francisco",
        region: "CA",
        postal_code: "94103",
        country: "US",
      },
      email_address: "acharleston@email.com",
      legal_name: "Anne Charleston",
      phone_number: "123-456-7890",
    },
  },
  request_id: "saKrIBuEB9qJZno",
});

// POST /transfer/intent/get: 200 example example-1
example<paths["/transfer/intent/get"]["post"]["responses"][200]["content"]["application/json"]>()({
  transfer_intent: {
    account_id: "3gE5gnRzNyfXpBK5wEEKcymJ5albGVUqg77gr",
    funding_account_id: "9853defc-e703-463d-86b1-dc0607a45359",
    ach_class: "ppd",
    amount: "12.34",
    iso_currency_code: "USD",
    authorization_decision: "APPROVED",
    authorization_decision_rationale: null,
    created: "2019-12-09T17:27:15Z",
    description: "Desc",
    failure_reason: null,
    guarantee_decision: null,
    guarantee_decision_rationale: null,
    id: "460cbe92-2dcc-8eae-5ad6-b37d0ec90fd9",
    metadata: {
      key1: "value1",
      key2: "value2",
    },
    mode: "DISBURSEMENT",
    origination_account_id: "9853defc-e703-463d-86b1-dc0607a45359",
    status: "SUCCEEDED",
    transfer_id: "590ecd12-1dcc-7eae-4ad6-c28d1ec90df2",
    user: {
      address: {
        street: "123 Main St.",
        city: "San Francisco",
        region: "California",
        postal_code: "94053",
        country: "US",
      },
      email_address: "acharleston@email.com",
      legal_name: "Anne Charleston",
      phone_number: "510-555-0128",
    },
  },
  request_id: "saKrIBuEB9qJZno",
});

// POST /transfer/repayment/list: request example example-1
example<NonNullable<paths["/transfer/repayment/list"]["post"]["requestBody"]>["content"]["application/json"]>()({
  start_time: "2022-01-10T12:34:56Z",
  count: 1,
});

// POST /transfer/repayment/list: 200 example example-1
example<paths["/transfer/repayment/list"]["post"]["responses"][200]["content"]["application/json"]>()({
  repayments: [
    {
      repayment_id: "d4bfce70-2470-4298-ae87-5e9b3e18bfaf",
      created: "2019-12-09T12:34:56Z",
      amount: "12.34",
      iso_currency_code: "USD",
    },
  ],
  request_id: "h0dvmW8g4r2Z0KX",
});

// POST /transfer/repayment/return/list: request example example-1
example<NonNullable<paths["/transfer/repayment/return/list"]["post"]["requestBody"]>["content"]["application/json"]>()({
  start_time: "2022-01-10T12:34:56Z",
  count: 1,
  repayment_id: "d4bfce70-2470-4298-ae87-5e9b3e18bfaf",
});

// POST /transfer/repayment/return/list: 200 example example-1
example<paths["/transfer/repayment/return/list"]["post"]["responses"][200]["content"]["application/json"]>()({
  repayment_returns: [
    {
      transfer_id: "d4bfce70-2470-4298-ae87-5e9b3e18bfaf",
      event_id: 5,
      amount: "12.34",
      iso_currency_code: "USD",
    },
  ],
  request_id: "Ay70UHyBmbY0wUf",
});

// POST /transfer/platform/requirement/submit: 200 example example-1
example<paths["/transfer/platform/requirement/submit"]["post"]["responses"][200]["content"]["application/json"]>()({
  request_id: "saKrIBuEB9qJZno",
});

// POST /transfer/originator/create: 200 example example-1
example<paths["/transfer/originator/create"]["post"]["responses"][200]["content"]["application/json"]>()({
  originator_client_id: "6a65dh3d1h0d1027121ak184",
  company_name: "Marketplace of Shannon",
  request_id: "4zlKapIkTm8p5KM",
});

// POST /transfer/questionnaire/create: 200 example example-1
example<paths["/transfer/questionnaire/create"]["post"]["responses"][200]["content"]["application/json"]>()({
  onboarding_url: "https://plaid.com/originator/hIFGXx1zM5pFerygu7lw",
  request_id: "saKrIBuEB9qJZno",
});

// POST /transfer/diligence/submit: 200 example example-1
example<paths["/transfer/diligence/submit"]["post"]["responses"][200]["content"]["application/json"]>()({
  request_id: "4zlKapIkTm8p5KM",
});

// POST /transfer/diligence/document/upload: 200 example example-1
example<paths["/transfer/diligence/document/upload"]["post"]["responses"][200]["content"]["application/json"]>()({
  request_id: "4zlKapIkTm8p5KM",
});

// POST /transfer/originator/get: 200 example example-1
example<paths["/transfer/originator/get"]["post"]["responses"][200]["content"]["application/json"]>()({
  originator: {
    client_id: "6a65dh3d1h0d1027121ak184",
    transfer_diligence_status: "approved",
    company_name: "Plaid",
  },
  request_id: "saKrIBuEB9qJZno",
});

// POST /transfer/originator/list: 200 example example-1
example<paths["/transfer/originator/list"]["post"]["responses"][200]["content"]["application/json"]>()({
  originators: [
    {
      client_id: "6a65dh3d1h0d1027121ak184",
      transfer_diligence_status: "approved",
    },
    {
      client_id: "8g89as4d2k1d9852938ba019",
      transfer_diligence_status: "denied",
    },
  ],
  request_id: "4zlKapIkTm8p5KM",
});

// POST /transfer/refund/create: 200 example example-1
example<paths["/transfer/refund/create"]["post"]["responses"][200]["content"]["application/json"]>()({
  refund: {
    id: "667af684-9ee1-4f5f-862a-633ec4c545cc",
    transfer_id: "460cbe92-2dcc-8eae-5ad6-b37d0ec90fd9",
    amount: "12.34",
    status: "pending",
    created: "2020-08-06T17:27:15Z",
    failure_reason: null,
    network_trace_id: null,
  },
  request_id: "saKrIBuEB9qJZno",
});

// POST /transfer/refund/get: 200 example example-1
example<paths["/transfer/refund/get"]["post"]["responses"][200]["content"]["application/json"]>()({
  refund: {
    id: "667af684-9ee1-4f5f-862a-633ec4c545cc",
    transfer_id: "460cbe92-2dcc-8eae-5ad6-b37d0ec90fd9",
    amount: "12.34",
    status: "pending",
    created: "2020-08-06T17:27:15Z",
    failure_reason: null,
    network_trace_id: null,
  },
  request_id: "saKrIBuEB9qJZno",
});

// POST /transfer/refund/cancel: 200 example example-1
example<paths["/transfer/refund/cancel"]["post"]["responses"][200]["content"]["application/json"]>()({
  request_id: "saKrIBuEB9qJZno",
});

// POST /transfer/platform/originator/create: 200 example example-1
example<paths["/transfer/platform/originator/create"]["post"]["responses"][200]["content"]["application/json"]>()({
  request_id: "saKrIBuEB9qJZno",
});

// POST /transfer/platform/person/create: 200 example example-1
example<paths["/transfer/platform/person/create"]["post"]["responses"][200]["content"]["application/json"]>()({
  person_id: "4aa32e78-0cb3-4c13-b45e-7f9f2fc709d1",
  request_id: "qpCtcJz6g3fhMdJ",
});

// POST /sandbox/bank_transfer/simulate: 200 example example-1
example<paths["/sandbox/bank_transfer/simulate"]["post"]["responses"][200]["content"]["application/json"]>()({
  request_id: "LmHYMwBhZUvsM03",
});

// POST /sandbox/transfer/sweep/simulate: 200 example example-1
example<paths["/sandbox/transfer/sweep/simulate"]["post"]["responses"][200]["content"]["application/json"]>()({
  sweep: {
    id: "d5394a4d-0b04-4a02-9f4a-7ca5c0f52f9d",
    funding_account_id: "8945fedc-e703-463d-86b1-dc0607b55460",
    created: "2020-08-06T17:27:15Z",
    amount: "12.34",
    iso_currency_code: "USD",
    settled: "2020-08-07",
    network_trace_id: null,
  },
  request_id: "mdqfuVxeoza6mhu",
});

// POST /sandbox/transfer/simulate: 200 example example-1
example<paths["/sandbox/transfer/simulate"]["post"]["responses"][200]["content"]["application/json"]>()({
  request_id: "mdqfuVxeoza6mhu",
});

// POST /sandbox/transfer/refund/simulate: 200 example example-1
example<paths["/sandbox/transfer/refund/simulate"]["post"]["responses"][200]["content"]["application/json"]>()({
  request_id: "mdqfuVxeoza6mhu",
});

// POST /sandbox/transfer/ledger/simulate_available: 200 example example-1
example<paths["/sandbox/transfer/ledger/simulate_available"]["post"]["responses"][200]["content"]["application/json"]>()({
  request_id: "mdqfuVxeoza6mhu",
});

// POST /sandbox/transfer/ledger/deposit/simulate: 200 example example-1
example<paths["/sandbox/transfer/ledger/deposit/simulate"]["post"]["responses"][200]["content"]["application/json"]>()({
  request_id: "mdqfuVxeoza6mhu",
});

// POST /sandbox/transfer/ledger/withdraw/simulate: 200 example example-1
example<paths["/sandbox/transfer/ledger/withdraw/simulate"]["post"]["responses"][200]["content"]["application/json"]>()({
  request_id: "mdqfuVxeoza6mhu",
});

// POST /sandbox/transfer/repayment/simulate: 200 example example-1
example<paths["/sandbox/transfer/repayment/simulate"]["post"]["responses"][200]["content"]["application/json"]>()({
  request_id: "4vAbY6XyqqoPQLB",
});

// POST /sandbox/transfer/fire_webhook: 200 example example-1
example<paths["/sandbox/transfer/fire_webhook"]["post"]["responses"][200]["content"]["application/json"]>()({
  request_id: "mdqfuVxeoza6mhu",
});

// POST /sandbox/transfer/test_clock/create: 200 example example-1
example<paths["/sandbox/transfer/test_clock/create"]["post"]["responses"][200]["content"]["application/json"]>()({
  test_clock: {
    test_clock_id: "b33a6eda-5e97-5d64-244a-a9274110151c",
    virtual_time: "2006-01-02T15:04:05Z",
  },
  request_id: "mdqfuVxeoza6mhu",
});

// POST /sandbox/transfer/test_clock/advance: 200 example example-1
example<paths["/sandbox/transfer/test_clock/advance"]["post"]["responses"][200]["content"]["application/json"]>()({
  request_id: "mdqfuVxeoza6mhu",
});

// POST /sandbox/transfer/test_clock/get: 200 example example-1
example<paths["/sandbox/transfer/test_clock/get"]["post"]["responses"][200]["content"]["application/json"]>()({
  test_clock: {
    test_clock_id: "b33a6eda-5e97-5d64-244a-a9274110151c",
    virtual_time: "2006-01-02T15:04:05Z",
  },
  request_id: "mdqfuVxeoza6mhu",
});

// POST /sandbox/transfer/test_clock/list: 200 example example-1
example<paths["/sandbox/transfer/test_clock/list"]["post"]["responses"][200]["content"]["application/json"]>()({
  test_clocks: [
    {
      test_clock_id: "b33a6eda-5e97-5d64-244a-a9274110151c",
      virtual_time: "2006-01-02T15:04:05Z",
    },
    {
      test_clock_id: "a33a6eda-5e97-5d64-244a-a9274110152d",
      virtual_time: "2006-02-02T15:04:05Z",
    },
  ],
  request_id: "mdqfuVxeoza6mhu",
});

// POST /sandbox/payment_profile/reset_login: 200 example example-1
example<paths["/sandbox/payment_profile/reset_login"]["post"]["responses"][200]["content"]["application/json"]>()({
  reset_login: true,
  request_id: "m8MDnv9okwxFNBV",
});

// POST /sandbox/payment/simulate: 200 example example-1
example<paths["/sandbox/payment/simulate"]["post"]["responses"][200]["content"]["application/json"]>()({
  request_id: "m8MDnv9okwxFNBV",
  old_status: "PAYMENT_STATUS_INPUT_NEEDED",
  new_status: "PAYMENT_STATUS_INITIATED",
});

// POST /employers/search: 200 example example-1
example<paths["/employers/search"]["post"]["responses"][200]["content"]["application/json"]>()({
  employers: [
    {
      name: "Plaid Inc.",
      address: {
        city: "San Francisco",
        country: "US",
        postal_code: "94103",
        region: "CA",
        street: "1098 Harrison St",
      },
      confidence_score: 1,
      employer_id: "emp_1",
    },
  ],
  request_id: "ixTBLZGvhD4NnmB",
});

// POST /income/verification/create: 200 example example-1
example<paths["/income/verification/create"]["post"]["responses"][200]["content"]["application/json"]>()({
  income_verification_id: "f2a826d7-25cf-483b-a124-c40beb64b732",
  request_id: "lMjeOeu9X1VUh1F",
});

// POST /income/verification/paystubs/get: 200 example example-1
example<paths["/income/verification/paystubs/get"]["post"]["responses"][200]["content"]["application/json"]>()({
  document_metadata: [
    {
      doc_id: "2jkflanbd",
      doc_type: "DOCUMENT_TYPE_PAYSTUB",
      name: "paystub.pdf",
      status: "DOCUMENT_STATUS_PROCESSING_COMPLETE",
    },
  ],
  paystubs: [
    {
      deductions: {
        breakdown: [
          {
            current_amount: 123.45,
            description: "taxes",
            iso_currency_code: "USD",
            unofficial_currency_code: null,
            ytd_amount: 246.9,
          },
        ],
        total: {
          current_amount: 123.45,
          iso_currency_code: "USD",
          unofficial_currency_code: null,
          ytd_amount: 246.9,
        },
      },
      doc_id: "2jkflanbd",
      earnings: {
        breakdown: [
          {
            canonical_description: "REGULAR PAY",
            current_amount: 200.22,
            description: "salary earned",
            hours: 80,
            iso_currency_code: "USD",
            rate: null,
            unofficial_currency_code: null,
            ytd_amount: 400.44,
          },
          {
            canonical_desription: "BONUS",
            current_amount: 100,
            description: "bonus earned",
            hours: null,
            iso_currency_code: "USD",
            rate: null,
            unofficial_currency_code: null,
            ytd_amount: 100,
          },
        ],
        total: {
          current_amount: 300.22,
          hours: 160,
          iso_currency_code: "USD",
          unofficial_currency_code: null,
          ytd_amount: 500.44,
        },
      },
      employee: {
        address: {
          city: "SAN FRANCISCO",
          country: "US",
          postal_code: "94133",
          region: "CA",
          street: "2140 TAYLOR ST",
        },
        name: "ANNA CHARLESTON",
        marital_status: "single",
        taxpayer_id: {
          id_type: "SSN",
          id_mask: "3333",
        },
      },
      employer: {
        name: "PLAID INC",
        address: {
          city: "SAN FRANCISCO",
          country: "US",
          postal_code: "94111",
          region: "CA",
          street: "1098 HARRISON ST",
        },
      },
      net_pay: {
        current_amount: 123.34,
        description: "TOTAL NET PAY",
        iso_currency_code: "USD",
        unofficial_currency_code: null,
        ytd_amount: 253.54,
      },
      pay_period_details: {
        check_amount: 1490.21,
        distribution_breakdown: [
          {
            account_name: "Big time checking",
            bank_name: "bank of plaid",
            current_amount: 176.77,
            iso_currency_code: "USD",
            mask: "1223",
            type: "checking",
            unofficial_currency_code: null,
          },
        ],
        end_date: "2020-12-15",
        gross_earnings: 4500,
        pay_date: "2020-12-15",
        start_date: "2020-12-01",
        pay_frequency: "PAY_FREQUENCY_BIWEEKLY",
      },
    },
  ],
  request_id: "2pxQ59buGdsHRef",
});

// POST /income/verification/taxforms/get: 200 example example-1
example<paths["/income/verification/taxforms/get"]["post"]["responses"][200]["content"]["application/json"]>()({
  document_metadata: [
    {
      doc_id: "q5Ypbbr03p",
      doc_type: "DOCUMENT_TYPE_US_TAX_W2",
      name: "my_w2.pdf",
      status: "DOCUMENT_STATUS_PROCESSING_COMPLETE",
    },
  ],
  request_id: "73W7sz8nIP8Mgck",
  taxforms: [
    {
      document_type: "W2",
      w2: {
        allocated_tips: "1000",
        box_12: [
          {
            amount: "200",
            code: "AA",
          },
        ],
        box_9: "box9",
        dependent_care_benefits: "1000",
        employee: {
          address: {
            city: "San Francisco",
            country: "US",
            postal_code: "94103",
            region: "CA",
            street: "1234 Grand St",
          },
          name: "Josie Georgia Harrison",
          marital_status: "single",
          taxpayer_id: {
            id_type: "SSN",
            id_mask: "1234",
          },
        },
        employer: {
          address: {
            city: "New York",
            country: "US",
            postal_code: "10010",
            region: "NY",
            street: "456 Main St",
          },
          name: "Acme Inc",
        },
        employee_id_number: "12-1234567",
        federal_income_tax_withheld: "1000",
        medicare_tax_withheld: "1000",
        medicare_wages_and_tips: "1000",
        nonqualified_plans: "1000",
        other: "other",
        retirement_plan: "CHECKED",
        social_security_tax_withheld: "1000",
        social_security_tips: "1000",
        social_security_wages: "1000",
        state_and_local_wages: [
          {
            employer_state_id_number: "11111111111AAA",
            local_income_tax: "200",
            local_wages_tips: "200",
            locality_name: "local",
            state: "UT",
            state_income_tax: "200",
            state_wages_tips: "200",
          },
        ],
        statutory_employee: "CHECKED",
        tax_year: "2020",
        third_party_sick_pay: "CHECKED",
        wages_tips_other_comp: "1000",
      },
    },
  ],
});

// POST /income/verification/precheck: 200 example example-1
example<paths["/income/verification/precheck"]["post"]["responses"][200]["content"]["application/json"]>()({
  request_id: "lMjeOeu9X1VUh1F",
  precheck_id: "n9elqYlvYm",
  confidence: "HIGH",
});

// POST /employment/verification/get: 200 example example-1
example<paths["/employment/verification/get"]["post"]["responses"][200]["content"]["application/json"]>()({
  employments: [
    {
      status: "EMPLOYMENT_STATUS_ACTIVE",
      start_date: "2020-01-01",
      end_date: null,
      employer: {
        name: "Plaid Inc",
      },
      title: "Software Engineer",
      platform_ids: {
        employee_id: "1234567",
        position_id: "8888",
        payroll_id: "1234567",
      },
    },
  ],
  request_id: "LhQf0THi8SH1yJm",
});

// POST /credit/audit_copy_token/create: 200 example example-1
example<paths["/credit/audit_copy_token/create"]["post"]["responses"][200]["content"]["application/json"]>()({
  audit_copy_token: "a-production-3tau2cwvybdvrhucaaai27ulu4",
  request_id: "Iam3b",
});

// POST /credit/audit_copy_token/remove: 200 example example-1
example<paths["/credit/audit_copy_token/remove"]["post"]["responses"][200]["content"]["application/json"]>()({
  removed: true,
  request_id: "m8MDnv9okwxFNBV",
});

// POST /credit/asset_report/freddie_mac/get: 200 example example-1
example<paths["/credit/asset_report/freddie_mac/get"]["post"]["responses"][200]["content"]["application/json"]>()({
  SchemaVersion: 1,
  DEAL: {
    LOANS: {
      LOAN: {
        LOAN_IDENTIFIERS: {
          LOAN_IDENTIFIER: {
            LoanIdentifier: "100016746",
            LoanIdentifierType: "LenderLoan",
          },
        },
      },
    },
    PARTIES: {
      PARTY: [
        {
          INDIVIDUAL: {
            NAME: {
              FirstName: "John",
              LastName: "Deere",
            },
          },
          ROLES: {
            ROLE: {
              ROLE_DETAIL: {
                PartyRoleType: "Borrower",
              },
            },
          },
          TAXPAYER_IDENTIFIERS: {
            TAXPAYER_IDENTIFIER: {
              TaxpayerIdentifierType: "SocialSecurityNumber",
              TaxpayerIdentifierValue: "123-45-6789",
            },
          },
        },
      ],
    },
    SERVICES: {
      SERVICE: {
        VERIFICATION_OF_ASSET: {
          REPORTING_INFORMATION: {
            ReportingInformationIdentifier: "a-prod-kol4xb5y4nf2zecqalb2d55mze",
          },
          SERVICE_PRODUCT_FULFILLMENT: {
            SERVICE_PRODUCT_FULFILLMENT_DETAIL: {
              VendorOrderIdentifier: "PLAID",
              ServiceProductFulfillmentIdentifier: "VOA",
            },
          },
          VERIFICATION_OF_ASSET_RESPONSE: {
            ASSETS: {
              ASSET: [
                {
                  ASSET_DETAIL: {
                    AssetAccountIdentifier: "3847",
                    AssetUniqueIdentifier: "c251a55e-c503-471b-a3b1-11a9243bc189",
                    AssetAsOfDate: "2022-07-27",
                    AssetDescription: "Unlimited Cash Rewards Visa Signature",
                    AssetAvailableBalanceAmount: 2073.99,
                    AssetCurrentBalanceAmount: 2007.09,
                    AssetType: "Other",
                    AssetTypeAdditionalDescription: "credit card",
                    AssetDaysRequestedCount: 61,
                    AssetOwnershipType: null,
                  },
                  ASSET_OWNERS: {
                    ASSET_OWNER: [
                      {
                        AssetOwnerText: "Alberta Bobbeth Charleson",
                      },
                    ],
                  },
                  ASSET_HOLDER: {
                    NAME: {
                      FullName: "Wells Fargo",
                    },
                  },
                  ASSET_TRANSACTIONS: {
                    ASSET_TRANSACTION: [
                      {
                        ASSET_TRANSACTION_DETAIL: {
                          AssetTransactionUniqueIdentifier: "7jagxo9Eq6cXPKM8eMNJUgeeNnbgQdSDw6zgN",
                          AssetTransactionAmount: 34.43,
                          AssetTransactionDate: "2022-07-19",
                          AssetTransactionPostDate: "2022-07-19",
                          AssetTransactionType: "Debit",
                          AssetInvestmentTransactionTypeDescription: null,
                          AssetTransactionPaidByName: null,
                          AssetTransactionTypeAdditionalDescription: null,
                          AssetTransactionCategoryType: "FoodDining",
                          FinancialInstitutionTransactionIdentifier: null,
                        },
                        ASSET_TRANSACTION_DESCRIPTON: [
                          {
                            AssetTransactionDescription: "TONYS PIZZA NAPOLETANA SAN FRANCISCOCA",
                          },
                        ],
                      },
                    ],
                  },
                  VALIDATION_SOURCES: {
                    VALIDATION_SOURCE: [
                      {
                        ValidationSourceName: "",
                        ValidationSourceReferenceIdentifier: "",
                      },
                    ],
                  },
                },
              ],
            },
          },
        },
        STATUSES: {
          STATUS: {
            StatusCode: "success",
            StatusDescription: null,
          },
        },
      },
    },
  },
  request_id: "eYupqX1mZkEuQRx",
});

// POST /credit/freddie_mac/reports/get: 200 example example-1
example<paths["/credit/freddie_mac/reports/get"]["post"]["responses"][200]["content"]["application/json"]>()({
  SchemaVersion: 2.4,
  DEAL: {
    LOANS: {
      LOAN: {
        LoanRoleType: "SubjectLoan",
        LOAN_IDENTIFIERS: {
          LOAN_IDENTIFIER: [
            {
              LoanIdentifier: "100016746",
              LoanIdentifierType: "LenderLoan",
            },
          ],
        },
      },
    },
    PARTIES: {
      PARTY: [
        {
          INDIVIDUAL: {
            NAME: {
              FirstName: "John",
              LastName: "Deere",
              MiddleName: "S",
            },
          },
          ROLES: {
            ROLE: {
              ROLE_DETAIL: {
                PartyRoleType: "Borrower",
              },
            },
          },
          TAXPAYER_IDENTIFIERS: {
            TAXPAYER_IDENTIFIER: {
              TaxpayerIdentifierType: "SocialSecurityNumber",
              TaxpayerIdentifierValue: "123-45-6789",
            },
          },
        },
      ],
    },
    SERVICES: {
      SERVICE: {
        VERIFICATION_OF_ASSET: [
          {
            REPORTING_INFORMATION: {
              ReportIdentifierType: "ReportID",
              ReportDateTime: "",
              ReportingInformationParentIdentifier: "a-prod-kol4xb5y4nf2zecqalb2d55mze",
              ReportingInformationIdentifier: "assets-prod-20746587-2ad7-407f-a201-0669e1368cf7",
            },
            SERVICE_PRODUCT_FULFILLMENT: {
              SERVICE_PRODUCT_FULFILLMENT_DETAIL: {
                VendorOrderIdentifier: "PLAID",
                ServiceProductFulfillmentIdentifier: "VOE",
              },
            },
            VERIFICATION_OF_ASSET_RESPONSE: {
              ASSETS: {
                ASSET: [
                  {
                    ASSET_DETAIL: {
                      AssetAccountIdentifier: "3847",
                      AssetUniqueIdentifier: "c251a55e-c503-471b-a3b1-11a9243bc189",
                      AssetAsOfDate: "2022-07-27",
                      AssetDescription: "Unlimited Cash Rewards Visa Signature",
                      AssetAvailableBalanceAmount: 0,
                      AssetCurrentBalanceAmount: 0,
                      AssetType: "Other",
                      AssetTypeAdditionalDescription: "credit card",
                      AssetDaysRequestedCount: 61,
                      AssetOwnershipType: null,
                    },
                    ASSET_OWNERS: {
                      ASSET_OWNER: [
                        {
                          AssetOwnerText: "Alberta Bobbeth Charleson",
                        },
                      ],
                    },
                    ASSET_HOLDER: {
                      NAME: {
                        FullName: "Wells Fargo",
                      },
                    },
                    ASSET_TRANSACTIONS: {
                      ASSET_TRANSACTION: [
                        {
                          ASSET_TRANSACTION_DETAIL: {
                            AssetTransactionCategoryType: "Reimbursement",
                            AssetTransactionAmount: 0,
                            AssetTransactionDate: "2022-07-28",
                            AssetTransactionPostDate: "2022-07-28",
                            AssetTransactionType: "Credit",
                            AssetInvestmentTransactionTypeDescription: null,
                            AssetTransactionPaidByName: null,
                            AssetTransactionPaidToName: null,
                            AssetTransactionTypeAdditionalDescription: null,
                            AssetTransactionUniqueIdentifier: "8XQ2rJzjagxp87SJLNPKM8eMNJUgeeNnbg",
                            FinancialInstitutionTransactionIdentifier: null,
                          },
                          ASSET_TRANSACTION_DESCRIPTION: [
                            {
                              AssetTransactionDescription: "UNITED AIRLINES SAN FRANCISCOCA",
                            },
                          ],
                        },
                      ],
                    },
                    VALIDATION_SOURCES: {
                      VALIDATION_SOURCE: [
                        {
                          ValidationSourceName: "",
                          ValidationSourceReferenceIdentifier: "",
                        },
                      ],
                    },
                  },
                ],
              },
            },
          },
          {
            REPORTING_INFORMATION: {
              ReportDateTime: "",
              ReportingInformationParentIdentifier: "a-prod-kol4xb5y4nf2zecqalb2d55mze",
              ReportingInformationIdentifier: "assets-prod-20746587-2ad7-407f-a201-0669e1368cf7",
              ReportIdentifierType: "ReportID",
            },
            SERVICE_PRODUCT_FULFILLMENT: {
              SERVICE_PRODUCT_FULFILLMENT_DETAIL: {
                VendorOrderIdentifier: "PLAID",
                ServiceProductFulfillmentIdentifier: "VOA",
              },
            },
            VERIFICATION_OF_ASSET_RESPONSE: {
              ASSETS: {
                ASSET: [
                  {
                    ASSET_DETAIL: {
                      AssetAccountIdentifier: "3847",
                      AssetUniqueIdentifier: "c251a55e-c503-471b-a3b1-11a9243bc189",
                      AssetAsOfDate: "2022-07-27",
                      AssetDescription: "Unlimited Cash Rewards Visa Signature",
                      AssetAvailableBalanceAmount: 2073.99,
                      AssetCurrentBalanceAmount: 2007.09,
                      AssetType: "Other",
                      AssetTypeAdditionalDescription: "credit card",
                      AssetDaysRequestedCount: 61,
                      AssetOwnershipType: null,
                    },
                    ASSET_OWNERS: {
                      ASSET_OWNER: [
                        {
                          AssetOwnerText: "Alberta Bobbeth Charleson",
                        },
                      ],
                    },
                    ASSET_HOLDER: {
                      NAME: {
                        FullName: "Wells Fargo",
                      },
                    },
                    ASSET_TRANSACTIONS: {
                      ASSET_TRANSACTION: [
                        {
                          ASSET_TRANSACTION_DETAIL: {
                            AssetTransactionUniqueIdentifier: "7jagxo9Eq6cXPKM8eMNJUgeeNnbgQdSDw6zgN",
                            AssetTransactionAmount: 34.43,
                            AssetTransactionDate: "2022-07-19",
                            AssetTransactionPostDate: "2022-07-19",
                            AssetTransactionType: "Debit",
                            AssetInvestmentTransactionTypeDescription: null,
                            AssetTransactionPaidByName: null,
                            AssetTransactionTypeAdditionalDescription: null,
                            AssetTransactionCategoryType: "FoodDining",
                            FinancialInstitutionTransactionIdentifier: null,
                          },
                          ASSET_TRANSACTION_DESCRIPTION: [
                            {
                              AssetTransactionDescription: "TONYS PIZZA NAPOLETANA SAN FRANCISCOCA",
                            },
                          ],
                        },
                      ],
                    },
                    VALIDATION_SOURCES: {
                      VALIDATION_SOURCE: [
                        {
                          ValidationSourceName: "",
                          ValidationSourceReferenceIdentifier: "",
                        },
                      ],
                    },
                  },
                ],
              },
            },
          },
        ],
        STATUSES: {
          STATUS: {
            StatusCode: "success",
            StatusDescription: null,
          },
        },
      },
    },
  },
  request_id: "eYupqX1mZkEuQRx",
});

// POST /beta/credit/v1/bank_employment/get: 200 example example-1
example<paths["/beta/credit/v1/bank_employment/get"]["post"]["responses"][200]["content"]["application/json"]>()({
  request_id: "LhQf0THi8SH1yJm",
  bank_employment_reports: [
    {
      bank_employment_report_id: "0a7eaed6-5da7-4846-baaf-ad787306575e",
      generated_time: "2023-01-23T22:47:53Z",
      days_requested: 120,
      items: [
        {
          item_id: "eVBnVMp7zdTJLkRNr33Rs6zr7KNJqBFL9DrE6",
          last_updated_time: "2023-01-23T22:47:53Z",
          institution_id: "ins_0",
          institution_name: "Plaid Bank",
          bank_employments: [
            {
              bank_employment_id: "f17efbdd-caab-4278-8ece-963511cd3d51",
              account_id: "GeooLPBGDEunl54q7N3ZcyD5aLPLEai1nkzM9",
              employer: {
                name: "Plaid Inc.",
              },
              latest_deposit_date: "2023-01-15",
              earliest_deposit_date: "2022-01-15",
            },
          ],
          bank_employment_accounts: [
            {
              account_id: "GeooLPBGDEunl54q7N3ZcyD5aLPLEai1nkzM9",
              mask: "8888",
              name: "Plaid Checking Account",
              official_name: "Plaid Checking Account",
              type: "depository",
              subtype: "checking",
              owners: [
                {
                  addresses: [
                    {
                      data: {
                        city: "Malakoff",
                        country: "US",
                        postal_code: "14236",
                        region: "NY",
                        street: "2992 Cameron Road",
                      },
                      primary: true,
                    },
                    {
                      data: {
                        city: "San Matias",
                        country: "US",
                        postal_code: "93405-2255",
                        region: "CA",
                        street: "2493 Leisure Lane",
                      },
                      primary: false,
                    },
                  ],
                  emails: [
                    {
                      data: "accountholder0@example.com",
                      primary: true,
                      type: "primary",
                    },
                    {
                      data: "accountholder1@example.com",
                      primary: false,
                      type: "secondary",
                    },
                    {
                      data: "extraordinarily.long.email.username.123456@reallylonghostname.com",
                      primary: false,
                      type: "other",
                    },
                  ],
                  names: [
                    "Alberta Bobbeth Charleson",
                  ],
                  phone_numbers: [
                    {
                      data: "+1 111-555-3333",
                      primary: false,
                      type: "home",
                    },
                    {
                      data: "+1 111-555-4444",
                      primary: false,
                      type: "work",
                    },
                    {
                      data: "+1 111-555-5555",
                      primary: false,
                      type: "mobile",
                    },
                  ],
                },
              ],
            },
          ],
        },
      ],
      warnings: [],
    },
  ],
});

// POST /credit/bank_income/get: 200 example example-1
example<paths["/credit/bank_income/get"]["post"]["responses"][200]["content"]["application/json"]>()({
  bank_income: [
    {
      bank_income_id: "dacc92a0-cb59-43a5-ba24-1b1c07a03f28",
      bank_income_summary: {
        end_date: "2024-08-21",
        historical_summary: [
          {
            end_date: "2024-08-21",
            iso_currency_code: "USD",
            start_date: "2024-08-06",
            total_amount: 4090.14,
            total_amounts: [
              {
                amount: 4090.14,
                iso_currency_code: "USD",
                unofficial_currency_code: null,
              },
            ],
            transactions: [
              {
                amount: 120.12,
                check_number: null,
                date: "2024-08-07",
                iso_currency_code: "USD",
                name: "TEXAS OAG CHILD SUPPORT",
                original_description: "TEXAS OAG CHILD SUPPORT",
                transaction_id: "EZMmvwREqlSGmlRam7bzFKyBll3kJjU4xKm1w",
                unofficial_currency_code: null,
              },
              {
                amount: 1525,
                check_number: null,
                date: "2024-08-08",
                iso_currency_code: "USD",
                name: "AIRBNB PAYMENTS PPD ID: 1234567890",
                original_description: "AIRBNB PAYMENTS PPD ID: 1234567890",
                transaction_id: "Wr6jzLwg1qs6ag9Xa8BrCpBAPPxnEXF6ZmjDR",
                unofficial_currency_code: null,
              },
              {
                amount: 500,
                check_number: null,
                date: "2024-08-12",
                iso_currency_code: "USD",
                name: "TWC-BENEFITS/UI BENEFIT",
                original_description: "TWC-BENEFITS/UI BENEFIT",
                transaction_id: "Aj7Apx5bDyIA3VRl35yqC18wXXorBgI9rX5dp",
                unofficial_currency_code: null,
              },
              {
                amount: 1000.7,
                check_number: null,
                date: "2024-08-15",
                iso_currency_code: "USD",
                name: "PLAID PAYROLL",
                original_description: "PLAID PAYROLL",
                transaction_id: "G1L9oybBrKSMPmBdPzXoFN8aGGE7gXC6MeoQB",
                unofficial_currency_code: null,
              },
              {
                amount: 824.2,
                check_number: null,
                date: "2024-08-15",
                iso_currency_code: "USD",
                name: "SSI TREAS 310 XXSUPP SEC PPD ID: 1234567890",
                original_description: "SSI TREAS 310 XXSUPP SEC PPD ID: 1234567890",
                transaction_id: "nWLlwMm1qxi8DomvDXP3FaGjXX5bm9TAlyQnk",
                unofficial_currency_code: null,
              },
              {
                amount: 120.12,
                check_number: null,
                date: "2024-08-21",
                iso_currency_code: "USD",
                name: "TEXAS OAG CHILD SUPPORT",
                original_description: "TEXAS OAG CHILD SUPPORT",
                transaction_id: "b7dkg6eQbPFQeRvVeZlxcqxZooa7nWSmb47dj",
                unofficial_currency_code: null,
              },
            ],
            unofficial_currency_code: null,
          },
        ],
        income_categories_count: 5,
        income_sources_count: 5,
        income_transactions_count: 6,
        iso_currency_code: "USD",
        start_date: "2024-08-07",
        total_amount: 4090.14,
        total_amounts: [
          {
            amount: 4090.14,
            iso_currency_code: "USD",
            unofficial_currency_code: null,
          },
        ],
        unofficial_currency_code: null,
      },
      days_requested: 15,
      generated_time: "2024-08-21T18:10:46.293199Z",
      items: [
        {
          bank_income_accounts: [
            {
              account_id: "G1L9oybBrKSMPmBdPzXoFN8oo16rqqC6PwkA5",
              mask: "9217",
              name: "Checking",
              official_name: "Plaid checking",
              owners: [
                {
                  addresses: [],
                  emails: [],
                  names: [
                    "Jane Doe",
                  ],
                  phone_numbers: [],
                },
              ],
              subtype: "checking",
              type: "depository",
            },
          ],
          bank_income_sources: [
            {
              account_id: "G1L9oybBrKSMPmBdPzXoFN8oo16rqqC6PwkA5",
              end_date: "2024-08-15",
              historical_summary: [
                {
                  end_date: "2024-08-21",
                  iso_currency_code: "USD",
                  start_date: "2024-08-06",
                  total_amount: 1000.7,
                  total_amounts: [
                    {
                      amount: 1000.7,
                      iso_currency_code: "USD",
                      unofficial_currency_code: null,
                    },
                  ],
                  transactions: [
                    {
                      amount: 1000.7,
                      check_number: null,
                      date: "2024-08-15",
                      iso_currency_code: "USD",
                      name: "PLAID PAYROLL",
                      original_description: "PLAID PAYROLL",
                      transaction_id: "G1L9oybBrKSMPmBdPzXoFN8aGGE7gXC6MeoQB",
                      unofficial_currency_code: null,
                    },
                  ],
                  unofficial_currency_code: null,
                },
              ],
              income_category: "SALARY",
              income_description: "PLAID PAYROLL",
              income_source_id: "0e9d6fbc-29de-4225-9843-2f71e02a54d1",
              pay_frequency: "UNKNOWN",
              start_date: "2024-08-15",
              total_amount: 1000.7,
              transaction_count: 1,
            },
            {
              account_id: "G1L9oybBrKSMPmBdPzXoFN8oo16rqqC6PwkA5",
              end_date: "2024-08-15",
              historical_summary: [
                {
                  end_date: "2024-08-21",
                  iso_currency_code: "USD",
                  start_date: "2024-08-06",
                  total_amount: 824.2,
                  total_amounts: [
                    {
                      amount: 824.2,
                      iso_currency_code: "USD",
                      unofficial_currency_code: null,
                    },
                  ],
                  transactions: [
                    {
                      amount: 824.2,
                      check_number: null,
                      date: "2024-08-15",
                      iso_currency_code: "USD",
                      name: "SSI TREAS 310 XXSUPP SEC PPD ID: 1234567890",
                      original_description: "SSI TREAS 310 XXSUPP SEC PPD ID: 1234567890",
                      transaction_id: "nWLlwMm1qxi8DomvDXP3FaGjXX5bm9TAlyQnk",
                      unofficial_currency_code: null,
                    },
                  ],
                  unofficial_currency_code: null,
                },
              ],
              income_category: "LONG_TERM_DISABILITY",
              income_description: "SSI TREAS 310 XXSUPP SEC PPD ID: 1234567890",
              income_source_id: "88bc00d8-2bb1-42d0-a054-db3f20948283",
              pay_frequency: "UNKNOWN",
              start_date: "2024-08-15",
              total_amount: 824.2,
              transaction_count: 1,
            },
            {
              account_id: "G1L9oybBrKSMPmBdPzXoFN8oo16rqqC6PwkA5",
              end_date: "2024-08-08",
              historical_summary: [
                {
                  end_date: "2024-08-21",
                  iso_currency_code: "USD",
                  start_date: "2024-08-06",
                  total_amount: 1525,
                  total_amounts: [
                    {
                      amount: 1525,
                      iso_currency_code: "USD",
                      unofficial_currency_code: null,
                    },
                  ],
                  transactions: [
                    {
                      amount: 1525,
                      check_number: null,
                      date: "2024-08-08",
                      iso_currency_code: "USD",
                      name: "AIRBNB PAYMENTS PPD ID: 1234567890",
                      original_description: "AIRBNB PAYMENTS PPD ID: 1234567890",
                      transaction_id: "Wr6jzLwg1qs6ag9Xa8BrCpBAPPxnEXF6ZmjDR",
                      unofficial_currency_code: null,
                    },
                  ],
                  unofficial_currency_code: null,
                },
              ],
              income_category: "RENTAL",
              income_description: "AIRBNB PAYMENTS PPD ID: 1234567890",
              income_source_id: "063689af-7299-4327-b71f-9d8849a40c0e",
              pay_frequency: "UNKNOWN",
              start_date: "2024-08-08",
              total_amount: 1525,
              transaction_count: 1,
            },
            {
              account_id: "G1L9oybBrKSMPmBdPzXoFN8oo16rqqC6PwkA5",
              end_date: "2024-08-12",
              historical_summary: [
                {
                  end_date: "2024-08-21",
                  iso_currency_code: "USD",
                  start_date: "2024-08-06",
                  total_amount: 500,
                  total_amounts: [
                    {
                      amount: 500,
                      iso_currency_code: "USD",
                      unofficial_currency_code: null,
                    },
                  ],
                  transactions: [
                    {
                      amount: 500,
                      check_number: null,
                      date: "2024-08-12",
                      iso_currency_code: "USD",
                      name: "TWC-BENEFITS/UI BENEFIT",
                      original_description: "TWC-BENEFITS/UI BENEFIT",
                      transaction_id: "Aj7Apx5bDyIA3VRl35yqC18wXXorBgI9rX5dp",
                      unofficial_currency_code: null,
                    },
                  ],
                  unofficial_currency_code: null,
                },
              ],
              income_category: "UNEMPLOYMENT",
              income_description: "TWC-BENEFITS/UI BENEFIT",
              income_source_id: "ce160170-49d0-4811-b58e-cb4878d05f83",
              pay_frequency: "UNKNOWN",
              start_date: "2024-08-12",
              total_amount: 500,
              transaction_count: 1,
            },
            {
              account_id: "G1L9oybBrKSMPmBdPzXoFN8oo16rqqC6PwkA5",
              end_date: "2024-08-21",
              historical_summary: [
                {
                  end_date: "2024-08-21",
                  iso_currency_code: "USD",
                  start_date: "2024-08-06",
                  total_amount: 240.24,
                  total_amounts: [
                    {
                      amount: 240.24,
                      iso_currency_code: "USD",
                      unofficial_currency_code: null,
                    },
                  ],
                  transactions: [
                    {
                      amount: 120.12,
                      check_number: null,
                      date: "2024-08-07",
                      iso_currency_code: "USD",
                      name: "TEXAS OAG CHILD SUPPORT",
                      original_description: "TEXAS OAG CHILD SUPPORT",
                      transaction_id: "EZMmvwREqlSGmlRam7bzFKyBll3kJjU4xKm1w",
                      unofficial_currency_code: null,
                    },
                    {
                      amount: 120.12,
                      check_number: null,
                      date: "2024-08-21",
                      iso_currency_code: "USD",
                      name: "TEXAS OAG CHILD SUPPORT",
                      original_description: "TEXAS OAG CHILD SUPPORT",
                      transaction_id: "b7dkg6eQbPFQeRvVeZlxcqxZooa7nWSmb47dj",
                      unofficial_currency_code: null,
                    },
                  ],
                  unofficial_currency_code: null,
                },
              ],
              income_category: "CHILD_SUPPORT",
              income_description: "TEXAS OAG CHILD SUPPORT",
              income_source_id: "c8e1576e-9de4-47b4-ad55-3f7b068cc863",
              pay_frequency: "UNKNOWN",
              start_date: "2024-08-07",
              total_amount: 240.24,
              transaction_count: 2,
            },
          ],
          institution_id: "ins_20",
          institution_name: "Citizens Bank",
          item_id: "L8EKo4GydxSKmJQGmXyPuDkeNn4rg9fP3MKLv",
          last_updated_time: "2024-08-21T18:10:47.367335Z",
        },
      ],
    },
  ],
  request_id: "MLM1fFu4fbVg7KR",
});

// POST /credit/bank_income/refresh: 200 example example-1
example<paths["/credit/bank_income/refresh"]["post"]["responses"][200]["content"]["application/json"]>()({
  request_id: "LhQf0THi8SH1yJm",
});

// POST /credit/bank_income/webhook/update: 200 example example-1
example<paths["/credit/bank_income/webhook/update"]["post"]["responses"][200]["content"]["application/json"]>()({
  request_id: "LhQf0THi8SH1yJm",
});

// POST /credit/payroll_income/parsing_config/update: 200 example example-1
example<paths["/credit/payroll_income/parsing_config/update"]["post"]["responses"][200]["content"]["application/json"]>()({
  request_id: "LhQf0THi8SH1yJm",
});

// POST /credit/bank_statements/uploads/get: 200 example example-1
example<paths["/credit/bank_statements/uploads/get"]["post"]["responses"][200]["content"]["application/json"]>()({
  items: [
    {
      item_id: "eVBnVMp7zdTJLkRNr33Rs6zr7KNJqBFL9DrE6",
      bank_statements: [
        {
          transactions: [
            {
              amount: -1000,
              date: "2023-01-01",
              original_description: "PAYCHECK",
              account_id: "c6778d3f-e44c-4348-874e-71507c1ac12d",
            },
          ],
          document_metadata: {
            document_type: "BANK_STATEMENT",
            name: "statement_01.pdf",
            status: "PROCESSING_COMPLETE",
            download_url: null,
            page_count: 2,
          },
          document_id: "2jkflanbd",
          bank_accounts: [
            {
              name: "CHASE CHECKING",
              bank_name: "CHASE",
              account_type: "CHECKING",
              account_number: "000009752",
              account_id: "c6778d3f-e44c-4348-874e-71507c1ac12d",
              owner: {
                name: "JANE DOE",
                address: {
                  postal_code: "94133",
                  country: "US",
                  region: "CA",
                  city: "SAN FRANCISCO",
                  street: "2140 TAYLOR ST",
                },
              },
              periods: [
                {
                  start_date: "2023-01-01",
                  end_date: "2023-02-01",
                  starting_balance: 2500,
                  ending_balance: 3500,
                },
              ],
            },
          ],
        },
      ],
      status: {
        processing_status: "PROCESSING_COMPLETE",
      },
      updated_at: "2023-02-01T21:14:54Z",
    },
  ],
  request_id: "LhQf0THi8SH1yJm",
});

// POST /credit/payroll_income/get: 200 example example-1
example<paths["/credit/payroll_income/get"]["post"]["responses"][200]["content"]["application/json"]>()({
  items: [
    {
      item_id: "eVBnVMp7zdTJLkRNr33Rs6zr7KNJqBFL9DrE6",
      institution_id: "ins_92",
      institution_name: "ADP",
      accounts: [
        {
          account_id: "GeooLPBGDEunl54q7N3ZcyD5aLPLEai1nkzM9",
          rate_of_pay: {
            pay_amount: 100000,
            pay_rate: "ANNUAL",
          },
          pay_frequency: "BIWEEKLY",
        },
      ],
      payroll_income: [
        {
          account_id: "GeooLPBGDEunl54q7N3ZcyD5aLPLEai1nkzM9",
          pay_stubs: [
            {
              deductions: {
                breakdown: [
                  {
                    current_amount: 123.45,
                    description: "taxes",
                    iso_currency_code: "USD",
                    unofficial_currency_code: null,
                    ytd_amount: 246.9,
                  },
                ],
                total: {
                  current_amount: 123.45,
                  iso_currency_code: "USD",
                  unofficial_currency_code: null,
                  ytd_amount: 246.9,
                },
              },
              document_metadata: {
                document_type: "PAYSTUB",
                name: "paystub.pdf",
                status: "PROCESSING_COMPLETE",
                download_url: null,
              },
              document_id: "2jkflanbd",
              earnings: {
                breakdown: [
                  {
                    canonical_description: "REGULAR_PAY",
                    current_amount: 200.22,
                    description: "salary earned",
                    hours: 80,
                    iso_currency_code: "USD",
                    rate: null,
                    unofficial_currency_code: null,
                    ytd_amount: 400.44,
                  },
                  {
                    canonical_description: "BONUS",
                    current_amount: 100,
                    description: "bonus earned",
                    hours: null,
                    iso_currency_code: "USD",
                    rate: null,
                    unofficial_currency_code: null,
                    ytd_amount: 100,
                  },
                ],
                total: {
                  current_amount: 300.22,
                  hours: 160,
                  iso_currency_code: "USD",
                  unofficial_currency_code: null,
                  ytd_amount: 500.44,
                },
              },
              employee: {
                address: {
                  city: "SAN FRANCISCO",
                  country: "US",
                  postal_code: "94133",
                  region: "CA",
                  street: "2140 TAYLOR ST",
                },
                name: "ANNA CHARLESTON",
                marital_status: "SINGLE",
                taxpayer_id: {
                  id_type: "SSN",
                  id_mask: "3333",
                },
              },
              employer: {
                name: "PLAID INC",
                address: {
                  city: "SAN FRANCISCO",
                  country: "US",
                  postal_code: "94111",
                  region: "CA",
                  street: "1098 HARRISON ST",
                },
              },
              net_pay: {
                current_amount: 123.34,
                description: "TOTAL NET PAY",
                iso_currency_code: "USD",
                unofficial_currency_code: null,
                ytd_amount: 253.54,
              },
              pay_period_details: {
                distribution_breakdown: [
                  {
                    account_name: "Big time checking",
                    bank_name: "bank of plaid",
                    current_amount: 176.77,
                    iso_currency_code: "USD",
                    mask: "1223",
                    type: "checking",
                    unofficial_currency_code: null,
                  },
                ],
                end_date: "2020-12-15",
                gross_earnings: 4500,
                iso_currency_code: "USD",
                pay_amount: 1490.21,
                pay_date: "2020-12-15",
                pay_frequency: "BIWEEKLY",
                start_date: "2020-12-01",
                unofficial_currency_code: null,
              },
            },
          ],
          w2s: [
            {
              allocated_tips: "1000",
              box_12: [
                {
                  amount: "200",
                  code: "AA",
                },
              ],
              box_9: "box9",
              dependent_care_benefits: "1000",
              document_metadata: {
                document_type: "US_TAX_W2",
                download_url: null,
                name: "w_2.pdf",
                status: "PROCESSING_COMPLETE",
              },
              document_id: "1pkflebk4",
              employee: {
                address: {
                  city: "San Francisco",
                  country: "US",
                  postal_code: "94103",
                  region: "CA",
                  street: "1234 Grand St",
                },
                name: "Josie Georgia Harrison",
                marital_status: "SINGLE",
                taxpayer_id: {
                  id_type: "SSN",
                  id_mask: "1234",
                },
              },
              employer: {
                address: {
                  city: "New York",
                  country: "US",
                  postal_code: "10010",
                  region: "NY",
                  street: "456 Main St",
                },
                name: "Acme Inc",
              },
              employer_id_number: "12-1234567",
              federal_income_tax_withheld: "1000",
              medicare_tax_withheld: "1000",
              medicare_wages_and_tips: "1000",
              nonqualified_plans: "1000",
              other: "other",
              retirement_plan: "CHECKED",
              social_security_tax_withheld: "1000",
              social_security_tips: "1000",
              social_security_wages: "1000",
              state_and_local_wages: [
                {
                  employer_state_id_number: "11111111111AAA",
                  local_income_tax: "200",
                  local_wages_and_tips: "200",
                  locality_name: "local",
                  state: "UT",
                  state_income_tax: "200",
                  state_wages_tips: "200",
                },
              ],
              statutory_employee: "CHECKED",
              tax_year: "2020",
              third_party_sick_pay: "CHECKED",
              wages_tips_other_comp: "1000",
            },
          ],
          form1099s: [
            {
              april_amount: null,
              august_amount: null,
              card_not_present_transaction: null,
              crop_insurance_proceeds: 1000,
              december_amount: null,
              document_id: "mvMZ59Z2a5",
              document_metadata: {
                document_type: "US_TAX_1099_MISC",
                download_url: null,
                name: "form_1099_misc.pdf",
                status: "PROCESSING_COMPLETE",
              },
              excess_golden_parachute_payments: 1000,
              february_amount: null,
              federal_income_tax_withheld: 1000,
              filer: {
                address: {
                  city: null,
                  country: null,
                  postal_code: null,
                  region: null,
                  street: null,
                },
                name: null,
                tin: null,
                type: null,
              },
              fishing_boat_proceeds: 1000,
              form_1099_type: "FORM_1099_TYPE_MISC",
              gross_amount: 1000,
              gross_proceeds_paid_to_an_attorney: 1000,
              january_amount: null,
              july_amount: null,
              june_amount: null,
              march_amount: null,
              may_amount: null,
              medical_and_healthcare_payments: 1000,
              merchant_category_code: null,
              nonemployee_compensation: 1000,
              november_amount: null,
              number_of_payment_transactions: null,
              october_amount: null,
              other_income: 1000,
              payer: {
                address: {
                  city: "SAN FRANCISCO",
                  country: "US",
                  postal_code: "94111",
                  region: "CA",
                  street: "1098 HARRISON ST",
                },
                name: "PLAID INC",
                telephone_number: "(123)456-7890",
                tin: "12-3456789",
              },
              payer_made_direct_sales_of_500_or_more_of_consumer_products_to_buyer: null,
              payer_state_number: "CA 12345",
              payer_state_number_lower: null,
              primary_state: null,
              primary_state_id: "CA 12345",
              primary_state_income_tax: 1000,
              pse_name: null,
              pse_telephone_number: null,
              recipient: {
                account_number: "45678",
                address: {
                  city: "SAN FRANCISCO",
                  country: "US",
                  postal_code: "94133",
                  region: "CA",
                  street: "2140 TAYLOR ST",
                },
                facta_filing_requirement: "CHECKED",
                name: "Josie Georgia Harrison",
                second_tin_exists: "NOT CHECKED",
                tin: "12-3456789",
              },
              rents: 1000,
              royalties: 1000,
              secondary_state: null,
              secondary_state_id: null,
              secondary_state_income_tax: null,
              section_409a_deferrals: 1000,
              section_409a_income: 1000,
              september_amount: null,
              state_income: 1000,
              state_income_lower: null,
              state_tax_withheld: 1000,
              state_tax_withheld_lower: null,
              substitute_payments_in_lieu_of_dividends_or_interest: null,
              tax_year: "2022",
              transactions_reported: null,
            },
          ],
        },
      ],
      status: {
        processing_status: "PROCESSING_COMPLETE",
      },
      updated_at: "2022-08-02T21:14:54Z",
    },
  ],
  request_id: "2pxQ59buGdsHRef",
});

// POST /credit/payroll_income/risk_signals/get: 200 example example-1
example<paths["/credit/payroll_income/risk_signals/get"]["post"]["responses"][200]["content"]["application/json"]>()({
  items: [
    {
      item_id: "testItemID",
      verification_risk_signals: [
        {
          account_id: null,
          multi_document_risk_signals: [],
          single_document_risk_signals: [
            {
              document_reference: {
                document_id: "lRepoQjxlJ1nz",
                document_name: "Paystub.pdf",
                file_type: "TRUE_PDF",
              },
              risk_summary: {
                risk_score: 70,
              },
              risk_signals: [
                {
                  actual_value: "0.00",
                  expected_value: "25.09",
                  field: null,
                  signal_description: null,
                  has_fraud_risk: true,
                  type: "MASKING",
                  page_number: 1,
                  institution_metadata: {
                    item_id: "testItemID",
                  },
                },
                {
                  actual_value: null,
                  expected_value: null,
                  field: null,
                  signal_description: "Creation date and modification date do not match",
                  has_fraud_risk: true,
                  institution_metadata: null,
                  type: "METADATA_DATES_OUTSIDE_WINDOW",
                  page_number: 0,
                },
              ],
            },
          ],
        },
      ],
    },
  ],
  request_id: "LhQf0THi8SH1yJm",
});

// POST /credit/payroll_income/precheck: 200 example example-1
example<paths["/credit/payroll_income/precheck"]["post"]["responses"][200]["content"]["application/json"]>()({
  request_id: "lMjeOeu9X1VUh1F",
  confidence: "HIGH",
});

// POST /credit/employment/get: 200 example example-1
example<paths["/credit/employment/get"]["post"]["responses"][200]["content"]["application/json"]>()({
  items: [
    {
      item_id: "eVBnVMp7zdTJLkRNr33Rs6zr7KNJqBFL9DrE6",
      employments: [
        {
          account_id: "GeooLPBGDEunl54q7N3ZcyD5aLPLEai1nkzM9",
          status: "ACTIVE",
          start_date: "2020-01-01",
          end_date: null,
          employer: {
            name: "Plaid Inc",
          },
          title: "Software Engineer",
          platform_ids: {
            employee_id: "1234567",
            position_id: "8888",
            payroll_id: "1234567",
          },
          employee_type: "FULL_TIME",
          last_paystub_date: "2022-01-15",
        },
      ],
    },
  ],
  request_id: "LhQf0THi8SH1yJm",
});

// POST /credit/payroll_income/refresh: 200 example example-1
example<paths["/credit/payroll_income/refresh"]["post"]["responses"][200]["content"]["application/json"]>()({
  request_id: "nTkbCH41HYmpbm5",
  verification_refresh_status: "USER_PRESENCE_REQUIRED",
});

// POST /credit/relay/create: 200 example example-1
example<paths["/credit/relay/create"]["post"]["responses"][200]["content"]["application/json"]>()({
  relay_token: "credit-relay-production-3TAU2CWVYBDVRHUCAAAI27ULU4",
  request_id: "Iam3b",
});

// POST /credit/relay/get: 200 example example-1
example<paths["/credit/relay/get"]["post"]["responses"][200]["content"]["application/json"]>()({
  report: {
    asset_report_id: "028e8404-a013-4a45-ac9e-002482f9cafc",
    client_report_id: "client_report_id_1221",
    date_generated: "2023-03-30T18:27:37Z",
    days_requested: 90,
    items: [
      {
        accounts: [
          {
            account_id: "1qKRXQjk8xUWDJojNwPXTj8gEmR48piqRNye8",
            balances: {
              available: 43200,
              current: 43200,
              limit: null,
              margin_loan_amount: null,
              iso_currency_code: "USD",
              unofficial_currency_code: null,
            },
            days_available: 90,
            historical_balances: [
              {
                current: 49050,
                date: "2023-03-29",
                iso_currency_code: "USD",
                unofficial_currency_code: null,
              },
              {
                current: 49050,
                date: "2023-03-28",
                iso_currency_code: "USD",
                unofficial_currency_code: null,
              },
              {
                current: 49050,
                date: "2023-03-27",
                iso_currency_code: "USD",
                unofficial_currency_code: null,
              },
              {
                current: 49050,
                date: "2023-03-26",
                iso_currency_code: "USD",
                unofficial_currency_code: null,
              },
              {
                current: 49050,
                date: "2023-03-25",
                iso_currency_code: "USD",
                unofficial_currency_code: null,
              },
            ],
            mask: "4444",
            name: "Plaid Money Market",
            official_name: "Plaid Platinum Standard 1.85% Interest Money Market",
            owners: [
              {
                addresses: [
                  {
                    data: {
                      city: "Malakoff",
                      country: "US",
                      region: "NY",
                      street: "2992 Cameron Road",
                      postal_code: "14236",
                    },
                    primary: true,
                  },
                  {
                    data: {
                      city: "San Matias",
                      country: "US",
                      region: "CA",
                      street: "2493 Leisure Lane",
                      postal_code: "93405-2255",
                    },
                    primary: false,
                  },
                ],
                emails: [
                  {
                    data: "accountholder0@example.com",
                    primary: true,
                    type: "primary",
                  },
                  {
                    data: "accountholder1@example.com",
                    primary: false,
                    type: "secondary",
                  },
                  {
                    data: "extraordinarily.long.email.username.123456@reallylonghostname.com",
                    primary: false,
                    type: "other",
                  },
                ],
                names: [
                  "Alberta Bobbeth Charleson",
                ],
                phone_numbers: [
                  {
                    data: "+1 111-555-3333",
                    primary: false,
                    type: "home",
                  },
                  {
                    data: "+1 111-555-4444",
                    primary: false,
                    type: "work",
                  },
                  {
                    data: "+1 111-555-5555",
                    primary: false,
                    type: "mobile",
                  },
                ],
              },
            ],
            ownership_type: null,
            subtype: "money market",
            transactions: [
              {
                account_id: "1qKRXQjk8xUWDJojNwPXTj8gEmR48piqRNye8",
                amount: 5850,
                date: "2023-03-30",
                iso_currency_code: "USD",
                original_description: "ACH Electronic CreditGUSTO PAY 123456",
                pending: false,
                transaction_id: "gGQgjoeyqBF89PND6K14Sow1wddZBmtLomJ78",
                unofficial_currency_code: null,
              },
            ],
            type: "depository",
          },
          {
            account_id: "eG7pNLjknrFpWvP7Dkbdf3Pq6GVBPKTaQJK5v",
            balances: {
              available: 100,
              current: 110,
              limit: null,
              margin_loan_amount: null,
              iso_currency_code: "USD",
              unofficial_currency_code: null,
            },
            days_available: 90,
            historical_balances: [
              {
                current: 110,
                date: "2023-03-29",
                iso_currency_code: "USD",
                unofficial_currency_code: null,
              },
              {
                current: -390,
                date: "2023-03-28",
                iso_currency_code: "USD",
                unofficial_currency_code: null,
              },
              {
                current: -373.67,
                date: "2023-03-27",
                iso_currency_code: "USD",
                unofficial_currency_code: null,
              },
              {
                current: -284.27,
                date: "2023-03-26",
                iso_currency_code: "USD",
                unofficial_currency_code: null,
              },
              {
                current: -284.27,
                date: "2023-03-25",
                iso_currency_code: "USD",
                unofficial_currency_code: null,
              },
            ],
            mask: "0000",
            name: "Plaid Checking",
            official_name: "Plaid Gold Standard 0% Interest Checking",
            owners: [
              {
                addresses: [
                  {
                    data: {
                      city: "Malakoff",
                      country: "US",
                      region: "NY",
                      street: "2992 Cameron Road",
                      postal_code: "14236",
                    },
                    primary: true,
                  },
                  {
                    data: {
                      city: "San Matias",
                      country: "US",
                      region: "CA",
                      street: "2493 Leisure Lane",
                      postal_code: "93405-2255",
                    },
                    primary: false,
                  },
                ],
                emails: [
                  {
                    data: "accountholder0@example.com",
                    primary: true,
                    type: "primary",
                  },
                  {
                    data: "accountholder1@example.com",
                    primary: false,
                    type: "secondary",
                  },
                  {
                    data: "extraordinarily.long.email.username.123456@reallylonghostname.com",
                    primary: false,
                    type: "other",
                  },
                ],
                names: [
                  "Alberta Bobbeth Charleson",
                ],
                phone_numbers: [
                  {
                    data: "+1 111-555-3333",
                    primary: false,
                    type: "home",
                  },
                  {
                    data: "+1 111-555-4444",
                    primary: false,
                    type: "work",
                  },
                  {
                    data: "+1 111-555-5555",
                    primary: false,
                    type: "mobile",
                  },
                ],
              },
            ],
            ownership_type: null,
            subtype: "checking",
            transactions: [
              {
                account_id: "eG7pNLjknrFpWvP7Dkbdf3Pq6GVBPKTaQJK5v",
                amount: 89.4,
                date: "2023-03-27",
                iso_currency_code: "USD",
                original_description: "SparkFun",
                pending: false,
                transaction_id: "4zBRq1Qem4uAPnoyKjJNTRQpQddM4ztlo1PLD",
                unofficial_currency_code: null,
              },
              {
                account_id: "eG7pNLjknrFpWvP7Dkbdf3Pq6GVBPKTaQJK5v",
                amount: 12,
                date: "2023-03-28",
                iso_currency_code: "USD",
                original_description: "McDonalds #3322",
                pending: false,
                transaction_id: "dkjL41PnbKsPral79jpxhMWdW55gkPfBkWpRL",
                unofficial_currency_code: null,
              },
              {
                account_id: "eG7pNLjknrFpWvP7Dkbdf3Pq6GVBPKTaQJK5v",
                amount: 4.33,
                date: "2023-03-28",
                iso_currency_code: "USD",
                original_description: "Starbucks",
                pending: false,
                transaction_id: "a84ZxQaWDAtDL3dRgmazT57K7jjN3WFkNWMDy",
                unofficial_currency_code: null,
              },
              {
                account_id: "eG7pNLjknrFpWvP7Dkbdf3Pq6GVBPKTaQJK5v",
                amount: -500,
                date: "2023-03-29",
                iso_currency_code: "USD",
                original_description: "United Airlines **** REFUND ****",
                pending: false,
                transaction_id: "xG9jbv3eMoFWepzB7wQLT3LoLggX5Duy1Gbe5",
                unofficial_currency_code: null,
              },
            ],
            type: "depository",
          },
        ],
        date_last_updated: "2023-03-30T18:25:26Z",
        institution_id: "ins_109508",
        institution_name: "First Platypus Bank",
        item_id: "AZMP7JrGXgtPd3AQMeg7hwMKgk5E8qU1V5ME7",
      },
    ],
    user: {
      client_user_id: "uid_40332",
      email: "abcharleston@example.com",
      first_name: "Anna",
      last_name: "Charleston",
      middle_name: "B",
      phone_number: "1-415-867-5309",
      ssn: "111-22-1234",
    },
  },
  request_id: "GVzMdiDd8DDAQK4",
  warnings: [],
});

// POST /credit/relay/refresh: 200 example example-1
example<paths["/credit/relay/refresh"]["post"]["responses"][200]["content"]["application/json"]>()({
  relay_token: "credit-relay-sandbox-8218d5f8-6d6d-403d-92f5-13a9afaa4398",
  request_id: "NBZaq",
  asset_report_id: "bf3a0490-344c-4620-a219-2693162e4b1d",
});

// POST /credit/relay/remove: 200 example example-1
example<paths["/credit/relay/remove"]["post"]["responses"][200]["content"]["application/json"]>()({
  removed: true,
  request_id: "m8MDnv9okwxFNBV",
});

// POST /sandbox/bank_transfer/fire_webhook: 200 example example-1
example<paths["/sandbox/bank_transfer/fire_webhook"]["post"]["responses"][200]["content"]["application/json"]>()({
  request_id: "mdqfuVxeoza6mhu",
});

// POST /sandbox/income/fire_webhook: 200 example example-1
example<paths["/sandbox/income/fire_webhook"]["post"]["responses"][200]["content"]["application/json"]>()({
  request_id: "mdqfuVxeoza6mhu",
});

// POST /sandbox/bank_income/fire_webhook: 200 example example-1
example<paths["/sandbox/bank_income/fire_webhook"]["post"]["responses"][200]["content"]["application/json"]>()({
  request_id: "mdqfuVxeoza6mhu",
});

// POST /sandbox/cra/cashflow_updates/update: 200 example example-1
example<paths["/sandbox/cra/cashflow_updates/update"]["post"]["responses"][200]["content"]["application/json"]>()({
  request_id: "mdqfuVxeoza6mhu",
});

// POST /signal/evaluate: 200 example example-1: left out, its schema refuses it (#/paths/~1signal~1evaluate/post/responses/200/content/application~1json/examples/example-1/value: /scores/customer_initiated_return_risk must have required property 'risk_tier'; /scores/bank_initiated_return_risk must have required property 'risk_tier')

// POST /signal/schedule: 200 example example-1
example<paths["/signal/schedule"]["post"]["responses"][200]["content"]["application/json"]>()({
  optimal_date: "2025-01-17",
  recommendations: [
    {
      date: "2025-01-15",
      recommendation: "RECOMMENDED",
      rank: 2,
    },
    {
      date: "2025-01-16",
      recommendation: "NOT_RECOMMENDED",
      rank: null,
    },
    {
      date: "2025-01-17",
      recommendation: "RECOMMENDED",
      rank: 1,
    },
    {
      date: "2025-01-20",
      recommendation: "NOT_RECOMMENDED",
      rank: null,
    },
    {
      date: "2025-01-21",
      recommendation: "UNKNOWN",
      rank: null,
    },
  ],
  warnings: [],
  request_id: "mdqfuVxeoza6mhu",
});

// POST /signal/decision/report: 200 example example-1
example<paths["/signal/decision/report"]["post"]["responses"][200]["content"]["application/json"]>()({
  request_id: "mdqfuVxeoza6mhu",
});

// POST /signal/return/report: 200 example example-1
example<paths["/signal/return/report"]["post"]["responses"][200]["content"]["application/json"]>()({
  request_id: "mdqfuVxeoza6mhu",
});

// POST /signal/prepare: 200 example example-1
example<paths["/signal/prepare"]["post"]["responses"][200]["content"]["application/json"]>()({
  request_id: "mdqfuVxeoza6mhu",
});

// POST /wallet/create: 200 example example-1
example<paths["/wallet/create"]["post"]["responses"][200]["content"]["application/json"]>()({
  wallet_id: "wallet-id-production-53e58b32-fc1c-46fe-bbd6-e584b27a88",
  recipient_id: "recipient-id-production-9b6b4679-914b-445b-9450-efbdb80296f6",
  balance: {
    iso_currency_code: "GBP",
    current: 123.12,
    available: 100.96,
  },
  request_id: "4zlKapIkTm8p5KM",
  numbers: {
    bacs: {
      account: "12345678",
      sort_code: "123456",
    },
  },
  status: "ACTIVE",
});

// POST /wallet/get: 200 example example-1
example<paths["/wallet/get"]["post"]["responses"][200]["content"]["application/json"]>()({
  wallet_id: "wallet-id-production-53e58b32-fc1c-46fe-bbd6-e584b27a88",
  recipient_id: "recipient-id-production-9b6b4679-914b-445b-9450-efbdb80296f6",
  balance: {
    iso_currency_code: "GBP",
    current: 123.12,
    available: 100.96,
  },
  request_id: "4zlKapIkTm8p5KM",
  numbers: {
    bacs: {
      account: "12345678",
      sort_code: "123456",
    },
    international: {
      iban: "GB33BUKB20201555555555",
      bic: "BUKBGB22",
    },
  },
  status: "ACTIVE",
});

// POST /wallet/get: 200 example example-2
example<paths["/wallet/get"]["post"]["responses"][200]["content"]["application/json"]>()({
  wallet_id: "wallet-id-production-53e58b32-fc1c-46fe-bbd6-e584b27a88",
  recipient_id: "recipient-id-production-9b6b4679-914b-445b-9450-efbdb80296f6",
  balance: {
    iso_currency_code: "EUR",
    current: 123.12,
    available: 100.96,
  },
  request_id: "4zlKapIkTm8p5KM",
  numbers: {
    international: {
      iban: "NL91ABNA0417164300",
      bic: "ABNANL2A",
    },
  },
  status: "ACTIVE",
});

// POST /wallet/list: 200 example example-1
example<paths["/wallet/list"]["post"]["responses"][200]["content"]["application/json"]>()({
  wallets: [
    {
      wallet_id: "wallet-id-production-53e58b32-fc1c-46fe-bbd6-e584b27a88",
      recipient_id: "recipient-id-production-9b6b4679-914b-445b-9450-efbdb80296f6",
      balance: {
        iso_currency_code: "GBP",
        current: 123.12,
        available: 100.96,
      },
      numbers: {
        bacs: {
          account: "12345678",
          sort_code: "123456",
        },
      },
      status: "ACTIVE",
    },
    {
      wallet_id: "wallet-id-production-53e58b32-fc1c-46fe-bbd6-e584b27a999",
      recipient_id: "recipient-id-production-9b6b4679-914b-445b-9450-efbdb80296f7",
      balance: {
        iso_currency_code: "EUR",
        current: 456.78,
        available: 100.96,
      },
      numbers: {
        international: {
          iban: "GB22HBUK40221241555626",
          bic: "HBUKGB4B",
        },
      },
      status: "ACTIVE",
    },
  ],
  request_id: "4zlKapIkTm8p5KM",
});

// POST /wallet/transaction/execute: 200 example example-1
example<paths["/wallet/transaction/execute"]["post"]["responses"][200]["content"]["application/json"]>()({
  transaction_id: "wallet-transaction-id-production-53e58b32-fc1c-46fe-bbd6-e584b27a88",
  status: "EXECUTED",
  request_id: "4zlKapIkTm8p5KM",
});

// POST /wallet/transaction/get: 200 example example-1
example<paths["/wallet/transaction/get"]["post"]["responses"][200]["content"]["application/json"]>()({
  transaction_id: "wallet-transaction-id-sandbox-feca8a7a-5591-4aef-9297-f3062bb735d3",
  wallet_id: "wallet-id-production-53e58b32-fc1c-46fe-bbd6-e584b27a88",
  type: "PAYOUT",
  reference: "Payout 99744",
  amount: {
    iso_currency_code: "GBP",
    value: 123.12,
  },
  status: "EXECUTED",
  created_at: "2020-12-02T21:14:54Z",
  last_status_update: "2020-12-02T21:15:01Z",
  counterparty: {
    numbers: {
      bacs: {
        account: "31926819",
        sort_code: "601613",
      },
    },
    name: "John Smith",
  },
  request_id: "4zlKapIkTm8p5KM",
  related_transactions: [
    {
      id: "wallet-transaction-id-sandbox-2ba30780-d549-4335-b1fe-c2a938aa39d2",
      type: "RETURN",
    },
  ],
});

// POST /wallet/transaction/get: 200 example example-2
example<paths["/wallet/transaction/get"]["post"]["responses"][200]["content"]["application/json"]>()({
  transaction_id: "wallet-transaction-id-sandbox-feca8a7a-5591-4aef-9297-f3062bb735d3",
  wallet_id: "wallet-id-production-53e58b32-fc1c-46fe-bbd6-e584b27a88",
  type: "PAYOUT",
  reference: "Payout 99744",
  amount: {
    iso_currency_code: "EUR",
    value: 456.78,
  },
  status: "EXECUTED",
  created_at: "2020-12-02T21:14:54Z",
  last_status_update: "2020-12-02T21:15:01Z",
  counterparty: {
    numbers: {
      international: {
        iban: "GB33BUKB20201555555555",
      },
    },
    name: "John Smith",
  },
  request_id: "4zlKapIkTm8p5KM",
  related_transactions: [],
});

// POST /wallet/transaction/list: 200 example example-1
example<paths["/wallet/transaction/list"]["post"]["responses"][200]["content"]["application/json"]>()({
  next_cursor: "YWJjMTIzIT8kKiYoKSctPUB",
  transactions: [
    {
      transaction_id: "wallet-transaction-id-sandbox-feca8a7a-5591-4aef-9297-f3062bb735d3",
      wallet_id: "wallet-id-production-53e58b32-fc1c-46fe-bbd6-e584b27a88",
      type: "PAYOUT",
      reference: "Payout 99744",
      amount: {
        iso_currency_code: "GBP",
        value: 123.12,
      },
      status: "EXECUTED",
      created_at: "2020-12-02T21:14:54Z",
      last_status_update: "2020-12-02T21:15:01Z",
      counterparty: {
        numbers: {
          bacs: {
            account: "31926819",
            sort_code: "601613",
          },
        },
        name: "John Smith",
      },
      related_transactions: [
        {
          id: "wallet-transaction-id-sandbox-2ba30780-d549-4335-b1fe-c2a938aa39d2",
          type: "RETURN",
        },
      ],
    },
    {
      transaction_id: "wallet-transaction-id-sandbox-feca8a7a-5591-4aef-9297-f3062bb735d3",
      wallet_id: "wallet-id-production-53e58b32-fc1c-46fe-bbd6-e584b27a88",
      type: "PAYOUT",
      reference: "Payout 99744",
      amount: {
        iso_currency_code: "EUR",
        value: 456.78,
      },
      status: "EXECUTED",
      created_at: "2020-12-02T21:14:54Z",
      last_status_update: "2020-12-02T21:15:01Z",
      counterparty: {
        numbers: {
          international: {
            iban: "GB33BUKB20201555555555",
          },
        },
        name: "John Smith",
      },
      related_transactions: [],
    },
  ],
  request_id: "4zlKapIkTm8p5KM",
});

// POST /beta/transactions/v1/enhance: 200 example example-1
example<paths["/beta/transactions/v1/enhance"]["post"]["responses"][200]["content"]["application/json"]>()({
  enhanced_transactions: [
    {
      id: "6135818adda16500147e7c1d",
      description: "Debit purchase Apple 1235",
      amount: 2307.21,
      iso_currency_code: "USD",
      enhancements: {
        category: [
          "Shops",
          "Computers and Electronics",
        ],
        category_id: "19013000",
        check_number: null,
        counterparties: [
          {
            name: "Apple",
            type: "merchant",
            logo_url: "https://plaid-merchant-logos.plaid.com/apple_63.png",
            website: "apple.com",
            confidence_level: "VERY_HIGH",
            phone_number: null,
          },
        ],
        location: {
          address: "300 Post St",
          city: "San Francisco",
          region: "CA",
          postal_code: "94108",
          country: "US",
          lat: 40.740352,
          lon: -74.001761,
          store_number: "1235",
        },
        merchant_name: "Apple",
        website: "apple.com",
        logo_url: "https://plaid-merchant-logos.plaid.com/apple_63.png",
        payment_channel: "in store",
        personal_finance_category: {
          primary: "GENERAL_MERCHANDISE",
          detailed: "GENERAL_MERCHANDISE_ELECTRONICS",
        },
        personal_finance_category_icon_url: "https://plaid-category-icons.plaid.com/PFC_GENERAL_MERCHANDISE.png",
        phone_number: null,
      },
    },
  ],
});

// POST /beta/transactions/rules/v1/create: request example example-1
example<NonNullable<paths["/beta/transactions/rules/v1/create"]["post"]["requestBody"]>["content"]["application/json"]>()({
  client_id: "7f57eb3d2a9j6480121fx361",
  secret: "79g03eoofwl8240v776r2h667442119",
  client_user_id: "your-client-user-id",
  pfc_primary_category: "FOOD_AND_DRINK",
  pfc_detailed_category: "FOOD_AND_DRINK_FAST_FOOD",
  rule_details: {
    field: "MERCHANT_NAME",
    type: "SUBSTRING_MATCH",
    query: "Burger Shack",
  },
});

// POST /beta/transactions/rules/v1/create: 200 example example-1
example<paths["/beta/transactions/rules/v1/create"]["post"]["responses"][200]["content"]["application/json"]>()({
  rule: {
    id: "lPNjeW1nR6CDn5okmGQ6hEpMo4lLNo",
    user_id: "usr_9nSp2KuZ2x4JDw",
    created_at: "2022-02-28T11:00:00Z",
    updated_at: "2022-02-28T11:00:00Z",
    pfc_primary_category: "FOOD_AND_DRINK",
    pfc_detailed_category: "FOOD_AND_DRINK_FAST_FOOD",
    rule_details: {
      field: "MERCHANT_NAME",
      type: "SUBSTRING_MATCH",
      query: "Burger Shack",
    },
  },
  request_id: "4zlKapIkTm8p5KM",
});

// POST /beta/transactions/rules/v1/list: request example example-1
example<NonNullable<paths["/beta/transactions/rules/v1/list"]["post"]["requestBody"]>["content"]["application/json"]>()({
  client_id: "7f57eb3d2a9j6480121fx361",
  secret: "79g03eoofwl8240v776r2h667442119",
  client_user_id: "your-client-user-id",
});

// POST /beta/transactions/rules/v1/list: 200 example example-1
example<paths["/beta/transactions/rules/v1/list"]["post"]["responses"][200]["content"]["application/json"]>()({
  rules: [
    {
      id: "lPNjeW1nR6CDn5okmGQ6hEpMo4lLNo",
      user_id: "usr_9nSp2KuZ2x4JDw",
      created_at: "2022-02-28T11:00:00Z",
      updated_at: "2022-02-28T11:00:00Z",
      pfc_primary_category: "FOOD_AND_DRINK",
      pfc_detailed_category: "FOOD_AND_DRINK_FAST_FOOD",
      rule_details: {
        field: "MERCHANT_NAME",
        type: "SUBSTRING_MATCH",
        query: "Burger Shack",
      },
    },
    {
      id: "eVBnVMp7zdTJLkRNr33Rs6zr7KNJqBF",
      user_id: "usr_9nSp2KuZ2x4JDw",
      created_at: "2022-02-27T14:50:00Z",
      updated_at: "2022-02-27T14:50:00Z",
      pfc_primary_category: "TRANSFER_IN",
      pfc_detailed_category: "TRANSFER_IN_ACCOUNT_TRANSFER",
      rule_details: {
        field: "TRANSACTION_ID",
        type: "EXACT_MATCH",
        query: "kgygNvAVPzSX9KkddNdWHaVGRVex1MHm3k9no",
      },
    },
  ],
  request_id: "4zlKapIkTm8p5KM",
});

// POST /beta/transactions/rules/v1/remove: request example example-1
example<NonNullable<paths["/beta/transactions/rules/v1/remove"]["post"]["requestBody"]>["content"]["application/json"]>()({
  client_id: "7f57eb3d2a9j6480121fx361",
  secret: "79g03eoofwl8240v776r2h667442119",
  client_user_id: "your-client-user-id",
  rule_id: "eVBnVMp7zdTJLkRNr33Rs6zr7KNJqBF",
});

// POST /beta/transactions/rules/v1/remove: 200 example example-1
example<paths["/beta/transactions/rules/v1/remove"]["post"]["responses"][200]["content"]["application/json"]>()({
  request_id: "4zlKapIkTm8p5KM",
});

// POST /beta/transactions/user_insights/v1/get: 200 example example-1
example<paths["/beta/transactions/user_insights/v1/get"]["post"]["responses"][200]["content"]["application/json"]>()({
  user_data_overview: {
    transaction_count: 21,
    oldest_transaction_date: "2023-01-01",
    newest_transaction_date: "2023-01-31",
    days_available: 31,
    total_outflows: 1245.11,
    total_inflows: 2300.12,
  },
  counterparty_insights: {
    financial_institution_insights: [
      {
        name: "Chase",
        entity_id: "o2Ry34bq605MvmEed3yjqjkYWwqRQYpnkjd0O",
        website: "chase.com",
        detected_accounts: [
          {
            account_type: "depository",
            account_subtype: null,
            transaction_count: 1,
            oldest_transaction_date: "2022-01-24",
            newest_transaction_date: "2023-01-05",
            newest_transaction_amount: 500,
            total_outflows: 503,
            total_inflows: 0,
          },
        ],
      },
    ],
    merchant_insights: [
      {
        name: "Costco",
        entity_id: "pBowAoZJMM9DKR37jvNmzM4yWBBXyMzV2rM3A",
        website: "costco.com",
        personal_finance_category_primary: "GENERAL_MERCHANDISE",
        personal_finance_category_detailed: "GENERAL_MERCHANDISE_SUPERSTORES",
        transaction_count: 2,
        total_outflows: 953.46,
        total_inflows: 24.99,
      },
      {
        name: "PG&E",
        entity_id: "6gEJJBrw8daLroaYgBAkpa65v9jVby69vejY0",
        website: "pge.com",
        personal_finance_category_primary: "RENT_AND_UTILITIES",
        personal_finance_category_detailed: "RENT_AND_UTILITIES_GAS_AND_ELECTRICITY",
        transaction_count: 1,
        total_outflows: 123.01,
        total_inflows: 0,
      },
    ],
  },
  category_insights: {
    primary_category_insights: [
      {
        name: "GENERAL_MERCHANDISE",
        transaction_count: 7,
        total_outflows: 1025.23,
        total_inflows: 24.99,
        top_counterparties: [
          "Costco",
        ],
      },
      {
        name: "RENT_AND_UTILITIES",
        transaction_count: 1,
        total_outflows: 123.01,
        total_inflows: 0,
        top_counterparties: [
          "PG&E",
        ],
      },
    ],
    detailed_category_insights: [
      {
        name: "GENERAL_MERCHANDISE_SUPERSTORES",
        transaction_count: 3,
        total_outflows: 997.11,
        total_inflows: 24.99,
        top_counterparties: [
          "Costco",
        ],
      },
    ],
  },
  recurring_transactions: {
    inflow_streams: [
      {
        stream_id: "yhnUVSIfe7SfeU0bcz8PDQr5ZUxUXebUvbKC0",
        description: "Payroll * Plaid",
        merchant_name: "Plaid",
        oldest_transaction_date: "2020-02-04",
        newest_transaction_date: "2023-08-02",
        average_days_apart: 7,
        frequency: "WEEKLY",
        transaction_count: 5,
        transaction_ids: [
          "nkeaNrDGrhdo6c4qZWDA8ekuIPuJ4Avg5nKfw",
          "EfC5ekksdy30KuNzad2tQupW8WIPwvjXGbGHL",
          "ozfvj3FFgp6frbXKJGitsDzck5eWQH7zOJBYd",
          "QvdDE8AqVWo3bkBZ7WvCd7LskxVix8Q74iMoK",
          "uQozFPfMzibBouS9h9tz4CsyvFll17jKLdPAF",
        ],
        average_amount: {
          amount: 1000.91,
          iso_currency_code: "USD",
          unofficial_currency_code: null,
        },
        last_amount: {
          amount: 1000,
          iso_currency_code: "USD",
          unofficial_currency_code: null,
        },
        is_active: true,
        status: "MATURE",
        personal_finance_category_primary: "INCOME",
        personal_finance_category_detailed: "INCOME_WAGES",
      },
    ],
    outflow_streams: [
      {
        stream_id: "no86Eox18VHMvaOVL7gPUM9ap3aR1LsAVZ5nd",
        description: "ConEd Bill Payment",
        merchant_name: "ConEd",
        oldest_transaction_date: "2022-02-04",
        newest_transaction_date: "2022-05-02",
        average_days_apart: 29,
        frequency: "MONTHLY",
        transaction_count: 4,
        transaction_ids: [
          "yhnUVvtcGGcCKU0bcz8PDQr5ZUxUXebUvbKC0",
          "HPDnUVgI5Pa0YQSl0rxwYRwVXeLyJXTWDAvpR",
          "jEPoSfF8xzMClE9Ohj1he91QnvYoSdwg7IT8L",
          "CmdQTNgems8BT1B7ibkoUXVPyAeehT3Tmzk0l",
        ],
        average_amount: {
          amount: 85,
          iso_currency_code: "USD",
          unofficial_currency_code: null,
        },
        last_amount: {
          amount: 100,
          iso_currency_code: "USD",
          unofficial_currency_code: null,
        },
        is_active: true,
        status: "MATURE",
        personal_finance_category_primary: "RENT_AND_UTILITIES",
        personal_finance_category_detailed: "RENT_AND_UTILITIES_GAS_AND_ELECTRICITY",
      },
    ],
  },
});

// POST /beta/ewa_report/v1/get: request example example-1
example<NonNullable<paths["/beta/ewa_report/v1/get"]["post"]["requestBody"]>["content"]["application/json"]>()({
  access_token: "access-sandbox-71e02f71-0960-4a27-abd2-5631e04f2175",
});

// POST /beta/ewa_report/v1/get: 200 example example-1
example<paths["/beta/ewa_report/v1/get"]["post"]["responses"][200]["content"]["application/json"]>()({
  request_id: "4zlKapIkTm8p5KM",
  ewa_report_id: "bbfc5174-5433-4648-8d93-9fec6a0c0966",
  generation_time: "2025-10-29T03:32:11Z",
  ewa_scores: [
    {
      lowest_amount: 0,
      highest_amount: 25,
      score: 75,
    },
    {
      lowest_amount: 25,
      highest_amount: 40,
      score: 72,
    },
    {
      lowest_amount: 50,
      highest_amount: 100,
      score: 68,
    },
    {
      lowest_amount: 100,
      highest_amount: 200,
      score: 65,
    },
    {
      lowest_amount: 200,
      highest_amount: 300,
      score: 60,
    },
    {
      lowest_amount: 300,
      highest_amount: 400,
      score: 55,
    },
    {
      lowest_amount: 400,
      highest_amount: 500,
      score: 50,
    },
  ],
});

// POST /issues/search: 200 example example-1
example<paths["/issues/search"]["post"]["responses"][200]["content"]["application/json"]>()({
  issues: [
    {
      issue_id: "000001",
      institution_names: [
        "Bank of Example",
        "Example Credit Union",
      ],
      institution_ids: [
        "ins_1",
        "ins_2",
      ],
      created_at: "2023-09-01T14:35:00Z",
      summary: "Link session failed to complete",
      detailed_description: "The Link session was unable to retrieve account information due to a network timeout.",
      status: "FIX_IN_PROGRESS",
    },
    {
      issue_id: "000002",
      institution_names: [
        "Example National Bank",
      ],
      institution_ids: [
        "ins_3",
      ],
      created_at: "2023-09-02T11:20:00Z",
      summary: "Account sync error",
      detailed_description: "The account synchronization failed due to an API rate limit issue.",
      status: "AWAITING_RESOLUTION",
    },
  ],
  request_id: "123456",
});

// POST /issues/get: 200 example example-1
example<paths["/issues/get"]["post"]["responses"][200]["content"]["application/json"]>()({
  issue: {
    issue_id: "000001",
    institution_names: [
      "Bank of Example",
      "Example Credit Union",
    ],
    institution_ids: [
      "ins_1",
      "ins_2",
    ],
    created_at: "2023-09-01T14:35:00Z",
    summary: "Link session failed to complete",
    detailed_description: "The Link session was unable to retrieve account information due to a network timeout.",
    status: "FIX_IN_PROGRESS",
  },
  request_id: "123456",
});

// POST /issues/subscribe: 200 example example-1
example<paths["/issues/subscribe"]["post"]["responses"][200]["content"]["application/json"]>()({
  request_id: "123456",
});

// POST /payment_profile/create: 200 example example-1
example<paths["/payment_profile/create"]["post"]["responses"][200]["content"]["application/json"]>()({
  payment_profile_token: "payment-profile-sandbox-eda0b25e-8ef3-4ebb-9ef7-1ef3db3c5ee8",
  request_id: "4ciYmmesdqSiUAB",
});

// POST /payment_profile/get: 200 example example-1
example<paths["/payment_profile/get"]["post"]["responses"][200]["content"]["application/json"]>()({
  status: "READY",
  updated_at: "2022-07-07T12:48:37Z",
  created_at: "2022-07-05T12:48:37Z",
  deleted_at: null,
  request_id: "4ciYmmesdqSiUAB",
});

// POST /payment_profile/remove: 200 example example-1
example<paths["/payment_profile/remove"]["post"]["responses"][200]["content"]["application/json"]>()({
  request_id: "4ciYmmesdqSiUAB",
});

// POST /partner/customer/create: request example example-1
example<NonNullable<paths["/partner/customer/create"]["post"]["requestBody"]>["content"]["application/json"]>()({
  client_id: "7f57eb3d2a9j6480121fx361",
  secret: "79g03eoofwl8240v776r2h667442119",
  company_name: "Plaid",
  is_diligence_attested: true,
  products: [
    "auth",
    "identity",
  ],
  create_link_customization: true,
  legal_entity_name: "Plaid",
  website: "plaid.com",
  application_name: "Plaid",
  technical_contact: {
    given_name: "Alice",
    family_name: "Smith",
    email: "alice.smith@example.com",
  },
  billing_contact: {
    given_name: "Bob",
    family_name: "Jones",
    email: "bob.jones@example.com",
  },
  address: {
    city: "New York",
    street: "123 Main St",
    region: "NY",
    postal_code: "12345",
    country_code: "US",
  },
  is_bank_addendum_completed: true,
  customer_support_info: {
    email: "support@example.com",
    phone_number: "1234567890",
    contact_url: "example.com/contact",
    link_update_url: "example.com/update",
  },
  redirect_uris: [
    "http://localhost/oauth.html",
    "https://www.example.com/oauth.html",
  ],
});

// POST /partner/customer/create: 200 example example-1
example<paths["/partner/customer/create"]["post"]["responses"][200]["content"]["application/json"]>()({
  end_customer: {
    client_id: "7f57eb3d2a9j6480121fx361",
    company_name: "Plaid",
    status: "ACTIVE",
    secrets: {
      sandbox: "b60b5201d006ca5a7081d27c824d77",
      production: "79g03eoofwl8240v776r2h667442119",
    },
  },
  request_id: "4zlKapIkTm8p5KM",
});

// POST /partner/customer/get: request example example-1
example<NonNullable<paths["/partner/customer/get"]["post"]["requestBody"]>["content"]["application/json"]>()({
  client_id: "7f57eb3d2a9j6480121fx361",
  secret: "79g03eoofwl8240v776r2h667442119",
  end_customer_client_id: "7f57eb3d2a9j6480121fx361",
});

// POST /partner/customer/get: 200 example example-1
example<paths["/partner/customer/get"]["post"]["responses"][200]["content"]["application/json"]>()({
  end_customer: {
    client_id: "7f57eb3d2a9j6480121fx361",
    company_name: "Plaid",
    status: "ACTIVE",
  },
  request_id: "4zlKapIkTm8p5KM",
});

// POST /partner/customer/enable: request example example-1
example<NonNullable<paths["/partner/customer/enable"]["post"]["requestBody"]>["content"]["application/json"]>()({
  client_id: "7f57eb3d2a9j6480121fx361",
  secret: "79g03eoofwl8240v776r2h667442119",
  end_customer_client_id: "7f57eb3d2a9j6480121fx361",
});

// POST /partner/customer/enable: 200 example example-1
example<paths["/partner/customer/enable"]["post"]["responses"][200]["content"]["application/json"]>()({
  production_secret: "79g03eoofwl8240v776r2h667442119",
  request_id: "4zlKapIkTm8p5KM",
});

// POST /partner/customer/remove: request example example-1
example<NonNullable<paths["/partner/customer/remove"]["post"]["requestBody"]>["content"]["application/json"]>()({
  client_id: "7f57eb3d2a9j6480121fx361",
  secret: "79g03eoofwl8240v776r2h667442119",
  end_customer_client_id: "7f57eb3d2a9j6480121fx361",
});

// POST /partner/customer/remove: 200 example example-1
example<paths["/partner/customer/remove"]["post"]["responses"][200]["content"]["application/json"]>()({
  request_id: "4zlKapIkTm8p5KM",
});

// POST /partner/customer/oauth_institutions/get: request example example-1
example<NonNullable<paths["/partner/customer/oauth_institutions/get"]["post"]["requestBody"]>["content"]["application/json"]>()({
  client_id: "7f57eb3d2a9j6480121fx361",
  secret: "79g03eoofwl8240v776r2h667442119",
  end_customer_client_id: "7f57eb3d2a9j6480121fx361",
});

// POST /partner/customer/oauth_institutions/get: 200 example example-1
example<paths["/partner/customer/oauth_institutions/get"]["post"]["responses"][200]["content"]["application/json"]>()({
  flowdown_status: "COMPLETE",
  questionnaire_status: "COMPLETE",
  institutions: [
    {
      name: "Chase",
      institution_id: "ins_56",
      environments: {
        production: "PROCESSING",
      },
      production_enablement_date: null,
      classic_disablement_date: "2022-06-30",
    },
    {
      name: "Capital One",
      institution_id: "ins_128026",
      environments: {
        production: "ENABLED",
      },
      production_enablement_date: "2022-12-19",
      classic_disablement_date: null,
    },
    {
      name: "Bank of America",
      institution_id: "ins_1",
      environments: {
        production: "ATTENTION_REQUIRED",
      },
      production_enablement_date: null,
      classic_disablement_date: null,
      errors: [
        {
          error_type: "PARTNER_ERROR",
          error_code: "OAUTH_REGISTRATION_ERROR",
          error_message: "Application logo is required",
          display_message: null,
          request_id: "4zlKapIkTm8p5KM",
        },
      ],
    },
  ],
  request_id: "4zlKapIkTm8p5KM",
});

// POST /beta/partner/customer/v1/create: request example example-1
example<NonNullable<paths["/beta/partner/customer/v1/create"]["post"]["requestBody"]>["content"]["application/json"]>()({
  client_id: "7f57eb3d2a9j6480121fx361",
  secret: "79g03eoofwl8240v776r2h667442119",
  company_name: "Plaid",
  products: [
    "auth",
    "identity",
  ],
  create_link_customization: true,
  legal_entity_name: "Plaid",
  website: "plaid.com",
  application_name: "Plaid",
  technical_contact: {
    given_name: "Alice",
    family_name: "Smith",
    email: "alice.smith@example.com",
  },
  billing_contact: {
    given_name: "Bob",
    family_name: "Jones",
    email: "bob.jones@example.com",
  },
  address: {
    city: "New York",
    street: "123 Main St",
    region: "NY",
    postal_code: "12345",
    country_code: "US",
  },
  customer_support_info: {
    email: "support@example.com",
    phone_number: "1234567890",
    contact_url: "example.com/contact",
    link_update_url: "example.com/update",
  },
  redirect_uris: [
    "http://localhost/oauth.html",
    "https://www.example.com/oauth.html",
  ],
});

// POST /beta/partner/customer/v1/create: 200 example example-1
example<paths["/beta/partner/customer/v1/create"]["post"]["responses"][200]["content"]["application/json"]>()({
  end_customer: {
    client_id: "7f57eb3d2a9j6480121fx361",
    company_name: "Plaid",
    status: "MORE_INFORMATION_NEEDED",
    product_statuses: {
      cra_base_report: "MORE_INFORMATION_NEEDED",
    },
    requirements_due: [
      "is_diligence_attested",
      "bank_addendum_acceptance",
      "questionnaires.cra",
    ],
    secrets: {
      sandbox: "b60b5201d006ca5a7081d27c824d77",
      production: "79g03eoofwl8240v776r2h667442119",
    },
  },
  request_id: "4zlKapIkTm8p5KM",
});

// POST /beta/partner/customer/v1/get: request example example-1
example<NonNullable<paths["/beta/partner/customer/v1/get"]["post"]["requestBody"]>["content"]["application/json"]>()({
  client_id: "7f57eb3d2a9j6480121fx361",
  secret: "79g03eoofwl8240v776r2h667442119",
  end_customer_client_id: "634758733ebb4f00134b85ea",
});

// POST /beta/partner/customer/v1/get: 200 example example-1
example<paths["/beta/partner/customer/v1/get"]["post"]["responses"][200]["content"]["application/json"]>()({
  end_customer: {
    client_id: "634758733ebb4f00134b85ea",
    company_name: "Plaid",
    status: "MORE_INFORMATION_NEEDED",
    product_statuses: {
      cra_base_report: "MORE_INFORMATION_NEEDED",
    },
    requirements_due: [
      "is_diligence_attested",
      "bank_addendum_acceptance",
      "questionnaires.cra",
    ],
  },
  request_id: "4zlKapIkTm8p5KM",
});

// POST /beta/partner/customer/v1/update: request example example-1
example<NonNullable<paths["/beta/partner/customer/v1/update"]["post"]["requestBody"]>["content"]["application/json"]>()({
  client_id: "7f57eb3d2a9j6480121fx361",
  secret: "79g03eoofwl8240v776r2h667442119",
  end_customer_client_id: "634758733ebb4f00134b85ea",
  bank_addendum_acceptance: {
    customer_accepted: true,
    customer_agreement_timestamp: "2025-01-01T01:00:00Z",
    customer_ip_address: "127.0.0.1",
  },
  questionnaires: {
    cra: {
      is_technical_service_provider_involved: true,
      is_third_party_involved: true,
      purposes: {
        WRITTEN_INSTRUCTION: {
          use_cases: [
            "CREDIT_UNDERWRITING",
            "TENANT_SCREENING",
          ],
        },
      },
    },
  },
});

// POST /beta/partner/customer/v1/update: 200 example example-1
example<paths["/beta/partner/customer/v1/update"]["post"]["responses"][200]["content"]["application/json"]>()({
  end_customer: {
    client_id: "634758733ebb4f00134b85ea",
    company_name: "Plaid",
    status: "PENDING_ENABLEMENT",
    product_statuses: {
      cra_base_report: "PENDING_ENABLEMENT",
    },
  },
  request_id: "4zlKapIkTm8p5KM",
});

// POST /beta/partner/customer/v1/enable: request example example-1
example<NonNullable<paths["/beta/partner/customer/v1/enable"]["post"]["requestBody"]>["content"]["application/json"]>()({
  client_id: "7f57eb3d2a9j6480121fx361",
  secret: "79g03eoofwl8240v776r2h667442119",
  end_customer_client_id: "634758733ebb4f00134b85ea",
  products: [
    "auth",
  ],
});

// POST /beta/partner/customer/v1/enable: 200 example example-1
example<paths["/beta/partner/customer/v1/enable"]["post"]["responses"][200]["content"]["application/json"]>()({
  end_customer_client_id: "634758733ebb4f00134b85ea",
  status: "ACTIVE",
  product_statuses: {
    auth: "ACTIVE",
    cra_base_report: "PENDING_ENABLEMENT",
  },
  production_secret: "79g03eoofwl8240v776r2h667442119",
  request_id: "4zlKapIkTm8p5KM",
});

// POST /link_delivery/create: 200 example example-1
example<paths["/link_delivery/create"]["post"]["responses"][200]["content"]["application/json"]>()({
  link_delivery_url: "https://secure.plaid.com/99ace160-3cf7-4e51-a083-403633425815",
  link_delivery_session_id: "99ace160-3cf7-4e51-a083-403633425815",
  request_id: "4ciYmmesdqSiUAB",
});

// POST /link_delivery/get: 200 example example-1
example<paths["/link_delivery/get"]["post"]["responses"][200]["content"]["application/json"]>()({
  status: "COMPLETED",
  created_at: "2019-10-12T07:20:50.52Z",
  public_tokens: [
    "public-sandbox-b0e2c4ee-a763-4df5-bfe9-46a46bce993d",
  ],
  completed_at: "2019-10-12T07:21:50.52Z",
  request_id: "4ciYmmesdqSiUAB",
});

// GET /fdx/recipients: 200 example example
example<paths["/fdx/recipients"]["get"]["responses"][200]["content"]["application/json"]>()({
  recipients: [
    {
      recipient_id: "98c8990b-72a9-4dc2-a4c5-f45b9b269178",
      client_name: "My Example Client",
      logo_uri: "https://client-logos.plaid.com/logo.png",
      joined_date: "2021-08-31",
      category: "Robo advisors",
      connection_count: 128,
      third_party_legal_name: "My Example Client LLC",
    },
    {
      recipient_id: "1a6ad795-2b9a-4a9f-8615-e771816c92db",
      client_name: "Another Example Client",
      logo_uri: "https://client-logos.plaid.com/logo2.png",
      joined_date: "2027-04-15",
      category: "eCommerce",
      connection_count: 209,
      third_party_legal_name: "Another Example Client LLC",
    },
  ],
});

// GET /fdx/consents/{consentId}: 200 example example
example<paths["/fdx/consents/{consentId}"]["get"]["responses"][200]["content"]["application/json"]>()({
  id: "9585694d-3ae5-8863-1234-567890abcdef",
  status: "ACTIVE",
  createdTime: "2026-01-01T00:00:00Z",
  updatedTime: "2026-01-02T00:00:00Z",
  parties: [
    {
      name: "My Example Client",
      type: "DATA_RECIPIENT",
      homeUri: "https://example.com",
      registry: "PRIVATE",
      registeredEntityName: "My Example Client LLC",
      registeredEntityId: "549300A0B1C2D3E4F5G6",
    },
    {
      name: "First Platypus Bank",
      type: "DATA_PROVIDER",
      homeUri: "https://www.platypus.com",
    },
    {
      name: "Plaid",
      type: "DATA_ACCESS_PLATFORM",
      homeUri: "https://plaid.com",
    },
  ],
  resources: [
    {
      resourceType: "ACCOUNT",
      resourceId: "b14e1e714693bc00",
      dataClusters: [
        "ACCOUNT_BASIC",
        "BALANCES",
        "TRANSACTIONS",
        "SCHEDULED_PAYMENTS",
      ],
    },
  ],
});

// GET /fdx/recipient/{recipientId}: 200 example example
example<paths["/fdx/recipient/{recipientId}"]["get"]["responses"][200]["content"]["application/json"]>()({
  recipient_id: "7bf0b839-861e-444e-b103-9007610ffbaf",
  client_name: "My Example Client",
  logo_uri: "https://client-logos.plaid.com/logo.png",
  third_party_legal_name: "My Example Client LLC",
});
